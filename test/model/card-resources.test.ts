// The model card records what the features were computed from: the text resources in data/ that
// normalization and mention finding read, and the code commit. A resource changed since training is
// a warning where the model is loaded for scoring (explain, the service).
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { dataHashes, codeVersion } from '../../src/cli/commands/shared.js';
import { changedResources, TEXT_RESOURCES, DATA_DIR, PROJECT_ROOT } from '../../src/text/resources.js';
import { tempDir } from '../helpers/temp-dir.js';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sources(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : []));
}

describe('model card: text resources and code', () => {
  it('every data file src reads with readDataLines is a listed text resource, and hashed like the data', () => {
    const read = new Set<string>();
    for (const f of sources(path.join(PROJECT_ROOT, 'src'))) for (const m of readFileSync(f, 'utf8').matchAll(/readDataLines\('([^']+)'\)/g)) read.add(m[1]);
    expect([...read].sort()).toEqual([...TEXT_RESOURCES].sort());
    const hashes = dataHashes({ files: {} });
    for (const name of ['slang-id.tsv', 'lexicon-extra.txt', 'common-given-names.txt', 'everyday-phrases.txt', 'ambiguous-acronyms.txt', 'evaluative-words.tsv', 'names-not-words.txt']) {
      expect(hashes[`data/${name}`], name).toBe(sha(path.join(DATA_DIR, name)));
    }
    expect(hashes['data/labels/pilpres2019-tweets.csv']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('records the code commit with a dirty flag, null outside a repository, never failing', () => {
    const here = codeVersion(Object.keys(dataHashes({ files: {} })));
    expect(here.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(typeof here.dirty).toBe('boolean');
    expect(codeVersion([], tempDir('netra-nogit-'))).toEqual({ commit: null, dirty: null });
  });

  it('dirty means changed code or data training read, not the version train claims in models/ before the card is written', () => {
    const repo = tempDir('netra-git-');
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t.invalid', ...args], { cwd: repo, encoding: 'utf8' });
    mkdirSync(path.join(repo, 'models'));
    mkdirSync(path.join(repo, 'src'));
    mkdirSync(path.join(repo, 'data', 'elections'), { recursive: true });
    writeFileSync(path.join(repo, 'data', 'elections', 'a.json'), '{"id":"a"}\n');
    writeFileSync(path.join(repo, 'models', 'versions.txt'), 'a\n');
    writeFileSync(path.join(repo, 'src', 'x.ts'), '1\n');
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'x');
    writeFileSync(path.join(repo, 'models', 'versions.txt'), 'a\nb\n');
    // the data files training read (dataHashes' keys): here a tracked config and a new examples file
    const read = ['data/elections/a.json', 'data/examples/baru.csv'];
    expect(codeVersion(read, repo).dirty).toBe(false);
    writeFileSync(path.join(repo, 'src', 'x.ts'), '2\n');
    expect(codeVersion(read, repo).dirty).toBe(true);
    git('checkout', '-q', '--', 'src/x.ts');
    writeFileSync(path.join(repo, 'data', 'elections', 'a.json'), '{"id":"b"}\n');
    expect(codeVersion([], repo).dirty).toBe(true); // a tracked change counts wherever it is
    git('checkout', '-q', '--', 'data/elections/a.json');
    // untracked files count only when training read them (or in src/): a new config no labeled
    // example names, or notes, change no model
    writeFileSync(path.join(repo, 'notes.txt'), 'x\n');
    writeFileSync(path.join(repo, 'data', 'elections', 'pilkada-baru.json'), '{"id":"baru"}\n');
    expect(codeVersion(read, repo).dirty).toBe(false);
    mkdirSync(path.join(repo, 'data', 'examples'), { recursive: true });
    writeFileSync(path.join(repo, 'data', 'examples', 'baru.csv'), 'id,label,election,text\n');
    expect(codeVersion(read, repo).dirty).toBe(true);
    rmSync(path.join(repo, 'data', 'examples', 'baru.csv'));
    writeFileSync(path.join(repo, 'src', 'y.ts'), '1\n');
    expect(codeVersion(read, repo).dirty).toBe(true);
  });

  it('names the resources whose file differs from the hash the model recorded; old cards: none', () => {
    const now = dataHashes({ files: {} });
    expect(changedResources({ trainingData: { hashes: now } })).toEqual([]);
    expect(changedResources({ trainingData: { hashes: { ...now, 'data/slang-id.tsv': '0'.repeat(64) } } })).toEqual(['data/slang-id.tsv']);
    expect(changedResources({ trainingData: { hashes: { 'data/labels/x.csv': 'y' } } })).toEqual([]);
    expect(changedResources({})).toEqual([]);
  });

  /** A copy of the shipped model whose card says slang-id.tsv had another hash at training. */
  function driftedModel(): string {
    const model = path.join(tempDir('netra-model-'), 'm');
    const shipped = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'models', 'default.json'), 'utf8')).version as string;
    cpSync(path.join(PROJECT_ROOT, 'models', shipped), model, { recursive: true });
    const meta = JSON.parse(readFileSync(path.join(model, 'metadata.json'), 'utf8'));
    meta.trainingData.hashes = { ...meta.trainingData.hashes, 'data/slang-id.tsv': '0'.repeat(64), 'data/lexicon-extra.txt': sha(path.join(DATA_DIR, 'lexicon-extra.txt')) };
    writeFileSync(path.join(model, 'metadata.json'), JSON.stringify(meta));
    return model;
  }

  it('explain warns on stderr when a resource changed since the model was trained', () => {
    const model = driftedModel();
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'explain', '--model', model, 'halo'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('netra explain: warning: data/slang-id.tsv changed since the model was trained; scores may differ from its evaluation (retrain, or restore the file)');
  });

  it('score warns once on stderr before the job, from a worker thread as inline, and still scores', () => {
    const model = driftedModel();
    for (const workers of ['0', '1']) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'score', '--model', model, '--workers', workers, '--input', '-', '--format', 'jsonl'], {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
        input: '{"id":"a","text":"ayo coblos nomor 2"}\n',
      });
      expect(r.status, r.stderr).toBe(0);
      const warnings = r.stderr.split('\n').filter((l) => l.includes('warning: data/'));
      expect(warnings, `--workers ${workers}`).toEqual(['netra score: warning: data/slang-id.tsv changed since the model was trained; scores may differ from its evaluation (retrain, or restore the file)']);
      expect(JSON.parse(r.stdout).id).toBe('a');
    }
  });

  it('the service logs the same warning once at start-up, naming the files', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/service/server.ts'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', NETRA_API_KEYS: '', NETRA_MODEL: driftedModel(), NETRA_DATA_DIR: tempDir('netra-svc-'), NETRA_SCORE_WORKERS: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    try {
      const until = Date.now() + 40_000;
      while (Date.now() < until && !out.includes('"msg":"listening"') && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
      const warn = out.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l)).filter((l) => String(l.msg).startsWith('text resources changed'));
      expect(warn).toHaveLength(1);
      expect(warn[0].changed).toEqual(['data/slang-id.tsv']);
    } finally {
      child.kill('SIGKILL');
    }
  }, 45_000);
});
