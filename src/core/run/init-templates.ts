/**
 * The files `hjemmekontor init` writes into an HR or faculty repository (SPEC 11.1), as text.
 * Every path is relative to the repository root, with `/`. The editor settings, the CI workflow
 * and the pre-commit hooks use the INSTALLED package (node_modules/hjemmekontor): its schemas and
 * its command, so the repository lists hjemmekontor in package.json. The commands name no policy
 * folder: they find `policies/` (SPEC 6), and while it holds local layers only, the central layers
 * shipped in the package come first — so they work before and after the first local layer.
 */

import { msg } from "../messages/index.js";
import { INIT } from "../messages/init.js";
import type { Lang } from "../types.js";

export interface InitFile {
  path: string;
  content: string;
}

/** Where the installed package lives, seen from the repository root. */
const PKG = "node_modules/hjemmekontor";

/** policies/README.md: the Norwegian text in every language, and in English a summary after it. */
const POLICIES_README = msg(INIT.policiesReadme, { pkg: PKG });

/**
 * The commented example layer of policies/README.md: its ```yaml block (test/init.test.ts lints
 * it uncommented).
 */
export const EXAMPLE_LAYER = POLICIES_README.nb.split("```yaml\n")[1]?.split("```")[0] ?? "";

function policiesReadme(lang: Lang): string {
  if (lang === "nb") return POLICIES_README.nb;
  return `${POLICIES_README.nb}\n${POLICIES_README.en}`;
}

function vscodeSettings(): string {
  const schemas = {
    [`./${PKG}/schemas/agreement.schema.json`]: ["agreements/**/*.yaml", "agreements/**/*.yml"],
    [`./${PKG}/schemas/policy.schema.json`]: ["policies/*.yaml", "policies/*.yml"],
    [`./${PKG}/schemas/policy-test.schema.json`]: ["policies/tests/*.yaml", "policies/tests/*.yml"],
    [`./${PKG}/schemas/coverage.schema.json`]: ["policies/sources/*.coverage.yaml"],
  };
  return `${JSON.stringify({ "yaml.schemas": schemas }, null, 2)}\n`;
}

function vscodeExtensions(): string {
  return `${JSON.stringify({ recommendations: ["redhat.vscode-yaml"] }, null, 2)}\n`;
}

function workflow(lang: Lang): string {
  return `${msg(INIT.workflowHead, { pkg: PKG })[lang]}
name: hjemmekontor

on:
  push:
    ${INIT.workflowBranches[lang]}
    branches: [main]
  pull_request:

permissions:
  contents: read

concurrency:
  group: hjemmekontor-\${{ github.ref }}
  cancel-in-progress: true

jobs:
  policy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - name: ${INIT.workflowInstall[lang]}
        id: install
        run: npm ci
      - name: ${INIT.workflowLint[lang]}
        run: npx hjemmekontor policy lint --lang ${lang}
      ${INIT.workflowTestComment[lang]}
      - name: ${INIT.workflowTest[lang]}
        if: \${{ !cancelled() && steps.install.outcome == 'success' }}
        run: npx hjemmekontor policy test --lang ${lang}

  validate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - name: ${INIT.workflowInstall[lang]}
        run: npm ci
      ${INIT.workflowValidateComment[lang]}
      - name: ${INIT.workflowValidate[lang]}
        run: |
          if [ -z "$(find agreements -type f \\( -name '*.yaml' -o -name '*.yml' \\) -print -quit 2>/dev/null)" ]; then
            echo "${INIT.workflowNoAgreements[lang]}"
            exit 0
          fi
          npx hjemmekontor validate agreements --format github --lang ${lang}
`;
}

/** Each line of a comment block, indented to stand among a list's items. */
function indented(text: string, indent: string): string {
  return text
    .split("\n")
    .map((line) => indent + line)
    .join("\n");
}

function preCommit(lang: Lang): string {
  return `${INIT.preCommitHead[lang]}
repos:
  - repo: local
    hooks:
${indented(INIT.preCommitAgreements[lang], "      ")}
      - id: hjemmekontor
        name: hjemmekontor validate
        language: system
        entry: npx hjemmekontor validate --quiet --lang ${lang}
        files: ^agreements/.*\\.ya?ml$
        pass_filenames: true
        require_serial: true
${indented(INIT.preCommitPolicies[lang], "      ")}
      - id: hjemmekontor-policy
        name: hjemmekontor policy lint + test
        language: system
        entry: sh -c 'npx hjemmekontor policy lint --lang ${lang} && npx hjemmekontor policy test --lang ${lang}'
        files: ^policies/
        pass_filenames: false
`;
}

/** Every file `init` writes, in the order it writes them. */
export function initFiles(lang: Lang): InitFile[] {
  return [
    { path: "agreements/README.md", content: msg(INIT.agreementsReadme, { pkg: PKG })[lang] },
    { path: "policies/README.md", content: policiesReadme(lang) },
    { path: ".vscode/settings.json", content: vscodeSettings() },
    { path: ".vscode/extensions.json", content: vscodeExtensions() },
    { path: ".github/workflows/hjemmekontor.yml", content: workflow(lang) },
    { path: ".pre-commit-config.yaml", content: preCommit(lang) },
    { path: ".gitignore", content: "node_modules/\n" },
  ];
}
