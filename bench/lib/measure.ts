/** Runs a command and measures its wall time and the memory of its whole process tree. */
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync, statSync } from 'node:fs';

export interface Measured {
  code: number;
  ms: number;
  /** Peak of the sampled sum of VmRSS over the process tree (bytes). */
  peakTreeRss: number;
  /** Largest VmHWM (peak RSS) of any single process in the tree (bytes). */
  peakProcessHwm: number;
  /** Command line of the process with the largest VmHWM. */
  peakProcess: string;
}

function statusKb(pid: number, field: string): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The pid and its descendants, by scanning /proc for parent links. */
function tree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // gone
    }
  }
  const out: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).slice(0, 4).join(' ');
  } catch {
    return '';
  }
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** File to append the command's stdout and stderr to. */
  log: string;
  /** Also echo the output to the terminal. */
  echo?: boolean;
  sampleMs?: number;
}

export async function runMeasured(command: string, args: string[], options: RunOptions): Promise<Measured> {
  const log = createWriteStream(options.log, { flags: 'a' });
  log.write(`$ ${command} ${args.join(' ')}\n`);
  const start = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      log.write(chunk);
      if (options.echo) process.stderr.write(chunk);
    });
  }
  let peakTreeRss = 0;
  const hwm = new Map<number, number>();
  const sample = (): void => {
    if (child.pid === undefined) return;
    let sum = 0;
    for (const pid of tree(child.pid)) {
      sum += statusKb(pid, 'VmRSS');
      const h = statusKb(pid, 'VmHWM');
      if (h > (hwm.get(pid) ?? 0)) hwm.set(pid, h);
    }
    peakTreeRss = Math.max(peakTreeRss, sum);
  };
  const names = new Map<number, string>();
  const timer = setInterval(() => {
    sample();
    for (const pid of hwm.keys()) if (!names.has(pid)) names.set(pid, cmdline(pid));
  }, options.sampleMs ?? 100);
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
  clearInterval(timer);
  const ms = performance.now() - start;
  await new Promise<void>((done) => log.end(done));
  let peakProcessHwm = 0;
  let peakProcess = '';
  for (const [pid, h] of hwm) {
    if (h > peakProcessHwm) {
      peakProcessHwm = h;
      peakProcess = names.get(pid) ?? '';
    }
  }
  return { code, ms, peakTreeRss: Math.max(peakTreeRss, peakProcessHwm), peakProcessHwm, peakProcess };
}

/** Bytes and file count of a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = `${d}/${e.name}`;
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        files++;
        bytes += statSync(p).size;
      }
    }
  };
  walk(dir);
  return { bytes, files };
}
