// Runs once when a server instance starts: a bad environment stops it with a message naming each variable.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkConfigAtStartup } = await import('./lib/startup');
    checkConfigAtStartup();
  }
}
