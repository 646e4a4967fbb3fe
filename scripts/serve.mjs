// Starts scripts/serve.py on an OS-chosen loopback port, for the browser tests and the benchmark;
// resolves to { url, stop }.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export function serve(folder) {
    return new Promise((resolve, reject) => {
        const server = spawn('python3', [path.join(here, 'serve.py'), folder, '--port', '0', '--quiet'],
                             { stdio: ['ignore', 'pipe', 'inherit'] });
        server.on('error', reject);
        server.stdout.setEncoding('utf8');
        server.stdout.once('data', line => {
            const match = line.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
            if (!match) return reject(new Error(`serve.py said: ${line}`));
            resolve({ url: match[0], stop: () => server.kill() });
        });
    });
}
