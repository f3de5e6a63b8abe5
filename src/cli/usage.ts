/** Help texts of the `dossier` command and its sub-commands. */
export const USAGE: Record<string, string> = {
  main: `Usage: dossier <command> [options]

Turn a folder of news articles into a cleaned, cited, searchable static site.

Commands:
  build       Build the site from a content folder
  dev         Serve the site and rebuild while you edit the content folder
  serve       Serve a built site
  clean       Clean and describe input files, print what was kept and removed
  summarize   Summarize folders of articles, one story per folder

Options:
  -h, --help     Show help (also: dossier <command> --help)
  -v, --version  Print the version
`,
  build: `Usage: dossier build [--content DIR] [--out DIR] [--base PATH] [--site URL] [--strict] [--quiet]
                     [--public] [--excerpts] [--portable] [--no-cache]

Builds the site into --out and writes <out>/report.json (one entry per input).

Options:
  --content DIR   Content folder (default: content)
  --out DIR       Output folder (default: dist)
  --base PATH     Path the site is served under, e.g. /archive/ (default: / or archive.yml)
  --site URL      Absolute origin for canonical URLs (default: none)
  --strict        Exit 1 when any input was skipped
  --quiet         Print only warnings, errors and the one-line summary
  --public        Let search engines index the site (default: noindex, robots.txt disallows all)
  --excerpts      Publish excerpts and links to the originals instead of full texts
  --portable      Make a copy that works opened from disk (file://): relative links,
                  a built-in search over titles and passages, no service worker
  --no-cache      A cold build: reuse nothing from earlier builds of this content and output
`,
  dev: `Usage: dossier dev [--content DIR] [--base PATH] [--port N]

Serves the site on localhost and re-runs the pipeline when the content folder changes.
`,
  serve: `Usage: dossier serve [--out DIR] [--base PATH] [--port N] [--host HOST]

Serves a built site (default: dist on http://localhost:4321/).
`,
  clean: `Usage: dossier clean FILE... [--json]

Cleans and describes each file. With --json, stdout is one JSON array with one object
per input, in order: {file, title, displayTitle, titleDerived, dek, publisher, author,
editor, published, url, language, provenance, lines: [{n, text, keep, reason}]}.
`,
  summarize: `Usage: dossier summarize DIR... [--words N] [--json]

Treats each DIR as one story and prints its cited summary (default 120 words).
With --json, stdout has one JSON object per line: {dir, title, summary: [{text, citations: [{source, passage}]}]}.
`,
};
