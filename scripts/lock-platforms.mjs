// Adds lock-file entries for platform-specific optional packages that the
// registry mirror in this workplace does not carry (e.g. darwin/win32 builds
// of @astrojs/compiler-binding and @pagefind). Without them `npm ci` refuses the
// lock as "out of sync". Each stub carries its os/cpu, so npm skips it on
// other platforms instead of fetching it. Run after `npm install` changes the lock.
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

const platform = (name) => {
  const tail = name.split('/').pop();
  const os = ['android', 'darwin', 'linux', 'win32', 'windows', 'freebsd', 'wasm32'].find((o) => tail.includes(o));
  const cpu = ['arm64', 'x64', 'ia32', 'arm', 'wasm32'].find((c) => tail.includes(c));
  const libc = tail.includes('musl') ? ['musl'] : tail.includes('gnu') ? ['glibc'] : undefined;
  if (os === 'wasm32') return { cpu: ['wasm32'] };
  return {
    os: [os === 'windows' ? 'win32' : os],
    cpu: [cpu],
    ...(libc ? { libc } : {}),
  };
};

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `${path ? path + '/' : ''}node_modules/${dep}`;
    const hoisted = `node_modules/${dep}`;
    if (packages[key] || packages[hoisted]) continue;
    packages[hoisted] = { version, dev: entry.dev, optional: true, ...platform(dep) };
    if (!entry.dev) delete packages[hoisted].dev;
    added++;
  }
}
const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)));
lock.packages = sorted;
writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
console.log(`lock-platforms: added ${added} platform stubs`);
