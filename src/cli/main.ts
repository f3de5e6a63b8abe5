import { parseArgs, type ParseArgsConfig } from 'node:util';
import { readFileSync } from 'node:fs';
import { USAGE } from './usage.ts';
import { UsageError } from './errors.ts';
import { runBuild, runDev } from './build.ts';
import { runClean } from './clean.ts';
import { runSummarize } from './summarize.ts';
import { runServe } from './serve.ts';


type Options = NonNullable<ParseArgsConfig['options']>;

const COMMON: Options = { help: { type: 'boolean', short: 'h' } };
const OPTIONS: Record<string, Options> = {
  build: { ...COMMON, content: { type: 'string' }, out: { type: 'string' }, base: { type: 'string' }, site: { type: 'string' }, strict: { type: 'boolean' }, quiet: { type: 'boolean' }, public: { type: 'boolean' }, excerpts: { type: 'boolean' }, portable: { type: 'boolean' }, cache: { type: 'boolean', default: true } },
  dev: { ...COMMON, content: { type: 'string' }, base: { type: 'string' }, port: { type: 'string' } },
  serve: { ...COMMON, out: { type: 'string' }, base: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } },
  clean: { ...COMMON, json: { type: 'boolean' } },
  summarize: { ...COMMON, json: { type: 'boolean' }, words: { type: 'string' } },
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Runs the CLI and returns its exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(USAGE['main']!);
    return 0;
  }
  if (command === '-v' || command === '--version') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const options = OPTIONS[command];
  if (!options) {
    process.stderr.write(`dossier: unknown command '${command}' (see dossier --help)\n`);
    return 2;
  }
  try {
    const { values, positionals } = parseArgs({ args: rest, options, allowPositionals: true, allowNegative: true, strict: true });
    if (values['help']) {
      process.stdout.write(USAGE[command]!);
      return 0;
    }
    switch (command) {
      case 'build':
        noPositionals(command, positionals);
        return await runBuild(values);
      case 'dev':
        noPositionals(command, positionals);
        return await runDev(values);
      case 'serve':
        noPositionals(command, positionals);
        return await runServe(values);
      case 'clean':
        return runClean(positionals, values);
      case 'summarize':
        return runSummarize(positionals, values);
    }
    return 2;
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      process.stderr.write(`dossier ${command}: ${(error as Error).message.split('\n')[0]}\n`);
      return 2;
    }
    process.stderr.write(`dossier ${command}: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env['DOSSIER_DEBUG'] && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    return 1;
  }
}

function noPositionals(command: string, positionals: string[]): void {
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}' (see dossier ${command} --help)`);
}

function isParseArgsError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && String((error as { code: unknown }).code).startsWith('ERR_PARSE_ARGS');
}
