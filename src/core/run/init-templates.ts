/**
 * The files `hjemmekontor init` writes into an HR or faculty repository (SPEC 11.1), as text.
 * Every path is relative to the repository root, with `/`. The editor settings, the CI workflow
 * and the pre-commit hooks use the INSTALLED package (node_modules/hjemmekontor): its schemas and
 * its command, so the repository lists hjemmekontor in package.json. The commands name no policy
 * folder: they find `policies/` (SPEC 6), and while it holds local layers only, the central layers
 * shipped in the package come first — so they work before and after the first local layer.
 */
import type { Lang } from "../types.js";

export interface InitFile {
  path: string;
  content: string;
}

/** Where the installed package lives, seen from the repository root. */
const PKG = "node_modules/hjemmekontor";

function agreementsReadme(lang: Lang): string {
  if (lang === "en") {
    return `# Home-office agreements

One YAML file per agreement (\`.yaml\` or \`.yml\`), in this folder or in subfolders (by unit or
year, as you like). CI checks every agreement on each push (\`.github/workflows/hjemmekontor.yml\`);
check them yourself with:

\`\`\`sh
npx hjemmekontor validate agreements --lang en
\`\`\`

- The format, field by field: \`${PKG}/docs/agreement-format.md\`.
- In VS Code with Red Hat's YAML extension, files here are checked and completed against the
  agreement schema as you type (\`.vscode/settings.json\`). In another editor, put this line first
  in the file (one \`../\` per folder level below the repository root):
  \`# yaml-language-server: $schema=../${PKG}/schemas/agreement.schema.json\`
- An agreement names its unit (\`employee.unit.faculty\`, \`employee.unit.department\`); that
  chooses the local layers in \`policies/\` that apply to it.
`;
  }
  return `# Avtaler om hjemmekontor

Én YAML-fil per avtale (\`.yaml\` eller \`.yml\`), i denne mappen eller i undermapper (per enhet
eller år, som dere vil). CI sjekker hver avtale ved hver push (\`.github/workflows/hjemmekontor.yml\`);
sjekk selv med:

\`\`\`sh
npx hjemmekontor validate agreements
\`\`\`

- Formatet, felt for felt: \`${PKG}/docs/agreement-format.md\`.
- I VS Code med YAML-utvidelsen fra Red Hat blir filene her sjekket og fullført mot avtaleskjemaet
  mens du skriver (\`.vscode/settings.json\`). I en annen editor: sett denne linjen først i filen
  (én \`../\` per mappenivå under roten av repositoriet):
  \`# yaml-language-server: $schema=../${PKG}/schemas/agreement.schema.json\`
- En avtale oppgir enheten sin (\`employee.unit.faculty\`, \`employee.unit.department\`); den
  bestemmer hvilke lokale lag i \`policies/\` som gjelder for avtalen.
`;
}

/** The commented example layer of policies/README.md (test/init.test.ts lints it uncommented). */
export const EXAMPLE_LAYER = `# yaml-language-server: $schema=../${PKG}/schemas/policy.schema.json
# kind: Policy
# id: ntnu-ie                          # lagets id; nye regler får id-er som begynner med «ntnu-ie/»
# version: 1.0.0                       # semver; øk den ved hver endring
# title: Lokale regler for hjemmekontor ved IE
# effective: { from: 2026-01-01 }      # gjelder avtaler som starter denne dagen eller senere
# extends: ntnu-hjemmekontor@^1        # laget over, og hvilke versjoner av det som godtas
# appliesTo: { faculty: IE }           # enheten: { faculty: IE } eller { faculty: IE, department: IDI }
# source:                              # kildeteksten sitatene sjekkes mot: her forskriften fra pakken
#   name: hjemmekontorforskriften
#   title: Forskrift om arbeid som utføres i arbeidstakers hjem (hjemmekontorforskriften)
# parameters:
#   maxHomeSharePercent: { value: 30 }  # strengere enn 40 % (parameteren kan bare senkes)
#   coveredEquipment: { value: [keyboard, mouse, monitor, headset] }  # kan bare utvides
# rules:
#   - { id: insurance-informed, severity: error }  # hev en regel ovenfra fra advarsel til feil
#   - id: ntnu-ie/notice-period        # en ny regel: id-en begynner med lagets id
#     section: "2"
#     quote: "eventuelle bestemmelser om retten til å endre eller si opp avtalen om hjemmearbeid, frister for slik oppsigelse mv."
#     severity: warning
#     mandatory: false
#     exceptionAllowed: false
#     path: /terms
#     when:                            # betingelsen beskriver feilen
#       all:
#         - { fact: noticePeriodDays, operator: equal, value: null }
#     message:
#       nb: "Avtalen oppgir ingen oppsigelsesfrist (terms.noticePeriodDays)."
#       en: "The agreement gives no notice period (terms.noticePeriodDays)."
`;

function policiesReadmeNb(): string {
  return `# Lokale policylag

Her ligger fakultetets eller instituttets egne lag: regler og parameterverdier som kommer i
tillegg til de sentrale lagene (hjemmekontorforskriften og NTNUs retningslinje). De sentrale lagene
følger med pakken, i \`${PKG}/policies/\`. Kommandoene finner denne mappen selv, og så lenge
den bare har lokale lag, bruker de de sentrale lagene fra pakken foran dem:

\`\`\`sh
npx hjemmekontor policy lint
npx hjemmekontor policy test
npx hjemmekontor policy show --faculty IE --department IDI
\`\`\`

(Legger dere en egen kopi av de sentrale lagene her, brukes den i stedet for pakkens.)

Et lokalt lag kan stramme inn, aldri svekke. Det kan legge til regler (med lagets id foran:
\`ntnu-ie/…\`), heve alvorlighetsgraden til en regel og sette en parameter bare i den retningen
parameteren tillater (\`override\`). Det kan ikke slå av eller svekke en obligatorisk regel.
\`policy lint\` avviser et lag som bryter dette, med fil, linje og garantien som brytes.

## Legge til et fakultets- eller instituttlag

1. Lag en fil i denne mappen, f.eks. \`ntnu-ie@1.0.0.yaml\` for fakultetet IE, eller
   \`ntnu-ie-idi@1.0.0.yaml\` for instituttet IDI ved IE.
2. Kopier eksempelet under inn i filen, og fjern \`# \` foran linjene du vil bruke (den første
   linjen skal beholde \`#\`). Bytt ut id, enhet, datoer og regler.
3. Et instituttlag bygger på fakultetets lag når fakultetet har et (\`extends: ntnu-ie@^1\`,
   \`appliesTo: { faculty: IE, department: IDI }\`), ellers på \`ntnu-hjemmekontor@^1\`.
4. Kjør \`policy lint\` (kommandoen over). Den sier hva som er galt, med linjenummer.
5. Legg testtilfeller i \`policies/tests/\` (en fil med \`kind: PolicyTest\`: en grunnavtale,
   endringer av den og funnene som ventes) og kjør \`policy test\`.
6. Ved en endring senere: lag en ny fil med ny versjon (\`ntnu-ie@1.1.0.yaml\`) og ny
   \`effective.from\`, så gjelder den gamle versjonen fortsatt for avtaler som startet før.

Fakta, operatorer og parametere en regel kan bruke, med fakultetets egne parametere:
\`npx hjemmekontor policy facts --faculty IE\`. Hele formatet:
\`${PKG}/docs/policy-format.md\`; en veiledning for HR: \`${PKG}/docs/hr-guide.md\`.

Sitatet (\`quote\`) i en regel skal stå ordrett i kildeteksten laget viser til med \`source.name\`:
en av kildene som følger med pakken (\`hjemmekontorforskriften\`, \`ntnu-hjemmekontor-2021-04-15\`),
eller en egen tekst i \`policies/sources/<navn>.md\`. \`policy lint\` sjekker sitatene mot den;
uten \`source.name\` gir \`policy lint\` en advarsel om at sitatene ikke kan sjekkes.

## Eksempel på et fakultetslag

\`\`\`yaml
${EXAMPLE_LAYER}\`\`\`
`;
}

function policiesReadme(lang: Lang): string {
  const nb = policiesReadmeNb();
  if (lang === "nb") return nb;
  return `${nb}
## In English

This folder holds the faculty's or department's own policy layers, added on top of the central
layers (the national regulation and NTNU's guideline) that ship with the package in
\`${PKG}/policies/\`. The commands find this folder by themselves and, while it holds local
layers only, put the package's central layers before it. A local layer may
tighten, never weaken: it may add rules (ids prefixed with the layer's id, \`ntnu-ie/…\`), raise a
rule's severity, and set a parameter only in the direction its \`override\` allows; \`policy lint\`
refuses anything else with file, line and the guarantee broken. To add a layer, copy the example
above into a file such as \`ntnu-ie@1.0.0.yaml\`, remove the \`# \` in front of the lines you keep,
run \`policy lint\`, and put test cases (\`kind: PolicyTest\`) in \`policies/tests/\` for
\`policy test\`. The full format: \`${PKG}/docs/policy-format.md\`.
`;
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

const WORKFLOW_TEXT = {
  nb: {
    head: `# hjemmekontor i GitHub Actions, skrevet av \`hjemmekontor init\`.
# Ved hver push og pull request: lint og testtilfeller for policylagene (de lokale i policies/,
# på de sentrale fra pakken), og hver avtale i agreements/ mot dem. Forutsetter at package.json har
# hjemmekontor som devDependency og at package-lock.json er sjekket inn, så \`npm ci\` installerer
# samme versjon hver gang. Mer (SARIF, JUnit, shards, policy diff): ${PKG}/docs/ci.md.
#
# Avslutningskoder: 0 = ingen funn på eller over --fail-on (standard error); 1 = funn eller en
# ugyldig avtale; 2 = bruksfeil, uleselig sti eller ugyldig policy; 3 = intern feil (en bug).`,
    branches: "# Endre til navnet på hovedgrenen deres om den ikke heter main.",
    install: "Installer avhengighetene (hjemmekontor med)",
    lint: "Lint policylagene",
    test: "Kjør testtilfellene i policies/tests/",
    testComment: "# Kjøres også når lint feilet, så begge resultatene vises.",
    validate: "Valider avtalene (merknader på fil og linje)",
    validateComment:
      "# --format github gir merknader i pull requesten. Funnene er på bokmål; --lang en gir engelsk.",
    none: "Ingen avtaler i agreements/ ennå.",
    lang: "nb",
  },
  en: {
    head: `# hjemmekontor in GitHub Actions, written by \`hjemmekontor init\`.
# On each push and pull request: lint and test cases of the policy layers (the local ones in
# policies/, over the central ones from the package), and every agreement in agreements/ against them.
# Assumes package.json lists hjemmekontor as a devDependency and package-lock.json is committed,
# so that \`npm ci\` installs the same version every time. More (SARIF, JUnit, shards, policy diff):
# ${PKG}/docs/ci.md.
#
# Exit codes: 0 = nothing at or above --fail-on (default error); 1 = findings or an invalid
# agreement; 2 = usage error, unreadable path or invalid policy; 3 = internal error (a bug).`,
    branches: "# Change this to the name of your main branch if it is not main.",
    install: "Install the dependencies (hjemmekontor included)",
    lint: "Lint the policy layers",
    test: "Run the test cases in policies/tests/",
    testComment: "# Runs even when lint failed, so that both results show.",
    validate: "Validate the agreements (annotations at file and line)",
    validateComment: "# --format github annotates the pull request. Messages are in English (--lang en).",
    none: "No agreements in agreements/ yet.",
    lang: "en",
  },
} as const;

function workflow(lang: Lang): string {
  const t = WORKFLOW_TEXT[lang];
  return `${t.head}
name: hjemmekontor

on:
  push:
    ${t.branches}
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
      - name: ${t.install}
        id: install
        run: npm ci
      - name: ${t.lint}
        run: npx hjemmekontor policy lint --lang ${t.lang}
      ${t.testComment}
      - name: ${t.test}
        if: \${{ !cancelled() && steps.install.outcome == 'success' }}
        run: npx hjemmekontor policy test --lang ${t.lang}

  validate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - name: ${t.install}
        run: npm ci
      ${t.validateComment}
      - name: ${t.validate}
        run: |
          if [ -z "$(find agreements -type f \\( -name '*.yaml' -o -name '*.yml' \\) -print -quit 2>/dev/null)" ]; then
            echo "${t.none}"
            exit 0
          fi
          npx hjemmekontor validate agreements --format github --lang ${t.lang}
`;
}

function preCommit(lang: Lang): string {
  const head =
    lang === "nb"
      ? `# pre-commit (pre-commit.com) for hjemmekontor, skrevet av \`hjemmekontor init\`.
# Bruker hjemmekontor som \`npm ci\` har installert (samme versjon som CI): kjør \`npm ci\` én gang,
# så \`pre-commit install\`. En avslutningskode over 0 (1 = funn, 2 = bruks- eller policyfeil)
# stopper commiten.`
      : `# pre-commit (pre-commit.com) for hjemmekontor, written by \`hjemmekontor init\`.
# Uses the hjemmekontor that \`npm ci\` installed (the version CI uses): run \`npm ci\` once, then
# \`pre-commit install\`. Any exit code above 0 (1 = findings, 2 = usage or policy error) stops
# the commit.`;
  const agreements =
    lang === "nb"
      ? `      # Bare avtalene som skal commites (pre-commit gir navnene). --quiet viser bare feil.
      # Sjekkene på tvers av avtaler (like id-er, overlapp) ser bare disse filene; CI sjekker alle.`
      : `      # Only the agreements being committed (pre-commit passes their names). --quiet shows errors only.
      # Checks across agreements (duplicate ids, overlaps) see only these files; CI checks them all.`;
  const policies =
    lang === "nb"
      ? "      # Enhver endring under policies/: lint alle lag, så testtilfellene."
      : "      # Any change under policies/: lint every layer, then run the test cases.";
  return `${head}
repos:
  - repo: local
    hooks:
${agreements}
      - id: hjemmekontor
        name: hjemmekontor validate
        language: system
        entry: npx hjemmekontor validate --quiet --lang ${lang}
        files: ^agreements/.*\\.ya?ml$
        pass_filenames: true
        require_serial: true
${policies}
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
    { path: "agreements/README.md", content: agreementsReadme(lang) },
    { path: "policies/README.md", content: policiesReadme(lang) },
    { path: ".vscode/settings.json", content: vscodeSettings() },
    { path: ".vscode/extensions.json", content: vscodeExtensions() },
    { path: ".github/workflows/hjemmekontor.yml", content: workflow(lang) },
    { path: ".pre-commit-config.yaml", content: preCommit(lang) },
    { path: ".gitignore", content: "node_modules/\n" },
  ];
}
