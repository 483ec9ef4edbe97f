// Runs once when a server instance starts: a bad environment stops it with a message naming each variable, and
// (outside Vercel) every request is stamped with its socket address, which Next does not expose (lib/net/peer.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkConfigAtStartup } = await import('./lib/startup');
    checkConfigAtStartup();
    if (process.env.VERCEL !== '1') {
      const { installPeerStamp } = await import('./lib/net/install-peer-stamp');
      installPeerStamp();
    }
  }
}
