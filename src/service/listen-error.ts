// A listen failure that HOST or PORT caused is bad configuration, like any other bad setting: the
// service exits 2 naming the variable. Anything else (out of file descriptors, …) stays a failure,
// and so does a name the resolver could not look up this time (EAI_AGAIN): the same setting may work
// on the next try, so it is no bad usage.

/** Codes of an address that cannot be bound or resolved: the value of HOST is at fault. */
const HOST_CODES = new Set(['EADDRNOTAVAIL', 'ENOTFOUND', 'EAI_NONAME', 'EAI_FAIL', 'EINVAL', 'EAFNOSUPPORT']);

/** "HOST: …" or "PORT: …" when `err` from listen() is the configuration's fault, else undefined. */
export function listenConfigProblem(err: NodeJS.ErrnoException, where: { host: string; port: number }): string | undefined {
  const host = JSON.stringify(where.host);
  if (err.code === 'EADDRINUSE') return `PORT: ${where.port} is already in use on ${host}`;
  if (err.code === 'EACCES') return `PORT: no permission to listen on ${where.port} on ${host} (ports below 1024 need privileges)`;
  if (err.code !== undefined && HOST_CODES.has(err.code)) return `HOST: cannot listen on ${host} (${err.code}: no such address on this machine, or a name that does not resolve)`;
  return undefined;
}

/** "HOST: …" when `err` from listen() is a temporary failure to resolve the name (exit 1, not 2), else undefined. */
export function listenTemporaryProblem(err: NodeJS.ErrnoException, where: { host: string }): string | undefined {
  if (err.code === 'EAI_AGAIN') return `HOST: ${JSON.stringify(where.host)} could not be resolved right now (EAI_AGAIN: temporary failure in name resolution); try again later`;
  return undefined;
}
