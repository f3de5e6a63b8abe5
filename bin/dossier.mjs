#!/usr/bin/env node
// Entry point of the `dossier` command. The CLI is TypeScript run by Node's own
// type stripping, so it needs Node >= 22.12 (the project pins Node 24 as a
// devDependency: `npx dossier` and npm scripts use it whatever the system has).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(
    `dossier: needs Node >= 22.12 (this is ${process.versions.node}); run it as \`npx dossier\` or through npm scripts, which use the project's Node 24.\n`,
  );
  process.exit(2);
}
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
