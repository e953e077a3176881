// Chooses the TensorFlow.js backend once per process: tfjs-node when it loads (optional dependency,
// absent where libtensorflow cannot be downloaded), else the WebAssembly backend, else pure JS.
// NETRA_TF_BACKEND=node|wasm|cpu forces one. The same model files work with every backend.
import { createRequire } from 'node:module';
import type * as TF from '@tensorflow/tfjs';
import { recordBackend } from './backend-status.js';

// Loaded through require: tfjs's ESM build is hundreds of modules, and under tsx's ESM loader hooks
// importing it took over a second of cold start; the CommonJS build loads in a fraction of that.
const require = createRequire(import.meta.url);
const tf = require('@tensorflow/tfjs') as typeof TF;

export type BackendName = 'tensorflow' | 'wasm' | 'cpu';

let chosen: Promise<BackendName> | undefined;

// The package that registers each backend; cpu ships inside @tensorflow/tfjs.
const PACKAGE: Record<BackendName, string | undefined> = {
  tensorflow: '@tensorflow/tfjs-node',
  wasm: '@tensorflow/tfjs-backend-wasm',
  cpu: undefined,
};

/** Loads a backend's package (when it has one) and switches to it; false when either fails. */
async function tryBackend(name: BackendName): Promise<boolean> {
  try {
    const pkg = PACKAGE[name];
    if (pkg) require(pkg);
    return await tf.setBackend(name);
  } catch {
    return false;
  }
}

const FORCEABLE = ['node', 'tensorflow', 'wasm', 'cpu'];

async function choose(log: (msg: string) => void): Promise<BackendName> {
  const forced = process.env.NETRA_TF_BACKEND || undefined;
  // A typo must not silently fall back to automatic choice: the setting exists to force one.
  if (forced !== undefined && !FORCEABLE.includes(forced)) throw new Error(`NETRA_TF_BACKEND must be node, wasm or cpu, got ${JSON.stringify(forced)}`);
  const order: BackendName[] =
    forced === 'node' || forced === 'tensorflow' ? ['tensorflow'] : forced === 'wasm' ? ['wasm'] : forced === 'cpu' ? ['cpu'] : ['tensorflow', 'wasm', 'cpu'];
  for (const name of order) {
    if (await tryBackend(name)) {
      await tf.ready();
      recordBackend(tf.getBackend());
      log(`tfjs backend: ${tf.getBackend()}`);
      return tf.getBackend() as BackendName;
    }
  }
  throw new Error(`no usable tfjs backend (NETRA_TF_BACKEND=${forced ?? 'unset'})`);
}

/** Initializes tfjs once and reports the backend in use. */
export function initBackend(log: (msg: string) => void = () => {}): Promise<BackendName> {
  chosen ??= choose(log);
  return chosen;
}

export { tf };
export type { TF };
