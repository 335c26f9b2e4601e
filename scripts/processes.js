// Helper processes a test run starts (an X server, a WebDriver server) and ends with it,
// whether the run passes, fails or is interrupted.
import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';

const started = new Set();

/** Ends every helper started so far; a test run whose helpers would keep it alive calls it when done. */
export function stopAll() {
  for (const child of started) child.kill('SIGTERM');
  started.clear();
}
// The test runner stops itself on SIGINT and then exits, which runs this. Nothing handles
// SIGTERM, and Node would die on it without an 'exit' event, so end the helpers there too.
process.on('exit', stopAll);
process.on('SIGTERM', () => {
  stopAll();
  process.exit(143);
});

export function startProcess(command, args, env = process.env) {
  const child = spawn(command, args, { stdio: 'ignore', env });
  started.add(child);
  child.on('exit', () => started.delete(child));
  return child;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts connections on the port; rejects after `ms`. */
export async function waitForPort(port, ms = 10000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing listens on port ${port} after ${ms} ms`);
}

/** An X display for browsers without a headless mode: `DISPLAY` if set, else a fresh Xvfb. */
export async function ensureDisplay(xvfb) {
  if (process.env.DISPLAY) return process.env.DISPLAY;
  for (let number = 99; number < 120; number++) {
    const display = `:${number}`;
    const child = startProcess(xvfb, [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
    const alive = await new Promise((resolve) => {
      const timer = setTimeout(() => resolve(true), 500);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve(false);
      });
    });
    if (alive) return display;
  }
  throw new Error('could not start Xvfb on displays :99 to :119');
}
