// Structured one-line JSON logs. Callers pass only safe fields: never the partner ID, e-mails or codes.
type Fields = Record<string, string | number | boolean | null | undefined>;

function write(level: 'info' | 'warn' | 'error', msg: string, fields: Fields = {}) {
  const line = JSON.stringify({ level, msg, ...fields, time: new Date().toISOString() });
  if (level === 'error') console.error(line);
  else if (level === 'warn') console.warn(line);
  else console.info(line);
}

export const log = {
  info: (msg: string, fields?: Fields) => write('info', msg, fields),
  warn: (msg: string, fields?: Fields) => write('warn', msg, fields),
  error: (msg: string, fields?: Fields) => write('error', msg, fields),
};

/** Logs each failed read of a Promise.allSettled batch by its error code only (never bodies or people). */
export function logRejected(where: string, results: Record<string, PromiseSettledResult<unknown>>) {
  for (const [name, result] of Object.entries(results)) {
    if (result.status === 'rejected') {
      const reason: unknown = result.reason;
      const code = reason && typeof reason === 'object' && 'code' in reason && typeof reason.code === 'string' ? reason.code : 'UNKNOWN';
      log.error(`${where}: ${name} read failed`, { code });
    }
  }
}
