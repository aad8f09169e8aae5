/**
 * `hjemmekontor init` (src/core/run/init.ts, init-templates.ts): what it tells the person who ran
 * it, and the wording of the files it writes into an HR or faculty repository. {pkg} is where the
 * installed package lives, seen from the repository root (node_modules/hjemmekontor).
 */
import type { Template } from "./index.js";

export const INIT = {
  // Setting up the folder (init.ts); {path} is a folder or file, {code} the system's error code.
  cannotCreateFolder: {
    nb: "Kan ikke opprette mappen {path} ({code}). Sjekk at du har skrivetilgang, eller velg en annen mappe: hjemmekontor init <mappe>.",
    en: "Cannot create the folder {path} ({code}). Check that you may write there, or choose another folder: hjemmekontor init <folder>.",
  },
  cannotWrite: {
    nb: "Kan ikke skrive {path} ({code}). Sjekk at du har skrivetilgang og at disken ikke er full.",
    en: "Cannot write {path} ({code}). Check that you may write there and that the disk is not full.",
  },
  rootIsFile: {
    nb: "{path} er en fil, ikke en mappe. Oppgi mappen som skal settes opp: hjemmekontor init <mappe>.",
    en: "{path} is a file, not a folder. Give the folder to set up: hjemmekontor init <folder>.",
  },

  // What init did and what comes next (init.ts describeInit); {dir} is the folder as given.
  wrote: { nb: "Skrev i {dir}:", en: "Wrote in {dir}:" },
  kept: { nb: "Fantes fra før, ikke endret:", en: "Already there, not changed:" },
  nothingWritten: {
    nb: "Ingenting å skrive: alle filene fantes fra før i {dir}.",
    en: "Nothing to write: every file was already there in {dir}.",
  },
  nextSteps: {
    nb: "Neste steg: legg hjemmekontor til som devDependency (npm install --save-dev hjemmekontor, eller adressen organisasjonen bruker) og sjekk inn package.json og package-lock.json; CI kjører npm ci.",
    en: "Next: add hjemmekontor as a devDependency (npm install --save-dev hjemmekontor, or the address your organisation uses) and commit package.json and package-lock.json; CI runs npm ci.",
  },
  checkSetUp: {
    nb: "Sjekk oppsettet: npx hjemmekontor policy lint",
    en: "Check the set-up: npx hjemmekontor policy lint",
  },

  // agreements/README.md, in the language asked for.
  agreementsReadme: {
    nb: `# Avtaler om hjemmekontor

Én YAML-fil per avtale (\`.yaml\` eller \`.yml\`), i denne mappen eller i undermapper (per enhet
eller år, som dere vil). CI sjekker hver avtale ved hver push (\`.github/workflows/hjemmekontor.yml\`);
sjekk selv med:

\`\`\`sh
npx hjemmekontor validate agreements
\`\`\`

- Formatet, felt for felt: \`{pkg}/docs/agreement-format.md\`.
- I VS Code med YAML-utvidelsen fra Red Hat blir filene her sjekket og fullført mot avtaleskjemaet
  mens du skriver (\`.vscode/settings.json\`). I en annen editor: sett denne linjen først i filen
  (én \`../\` per mappenivå under roten av repositoriet):
  \`# yaml-language-server: $schema=../{pkg}/schemas/agreement.schema.json\`
- En avtale oppgir enheten sin (\`employee.unit.faculty\`, \`employee.unit.department\`); den
  bestemmer hvilke lokale lag i \`policies/\` som gjelder for avtalen.
`,
    en: `# Home-office agreements

One YAML file per agreement (\`.yaml\` or \`.yml\`), in this folder or in subfolders (by unit or
year, as you like). CI checks every agreement on each push (\`.github/workflows/hjemmekontor.yml\`);
check them yourself with:

\`\`\`sh
npx hjemmekontor validate agreements --lang en
\`\`\`

- The format, field by field: \`{pkg}/docs/agreement-format.md\`.
- In VS Code with Red Hat's YAML extension, files here are checked and completed against the
  agreement schema as you type (\`.vscode/settings.json\`). In another editor, put this line first
  in the file (one \`../\` per folder level below the repository root):
  \`# yaml-language-server: $schema=../{pkg}/schemas/agreement.schema.json\`
- An agreement names its unit (\`employee.unit.faculty\`, \`employee.unit.department\`); that
  chooses the local layers in \`policies/\` that apply to it.
`,
  },
  /**
   * policies/README.md: always the Norwegian text, with its example layer (init-templates.ts takes
   * EXAMPLE_LAYER from the ```yaml block); in English, the en summary follows it.
   */
  policiesReadme: {
    nb: `# Lokale policylag

Her ligger fakultetets eller instituttets egne lag: regler og parameterverdier som kommer i
tillegg til de sentrale lagene (hjemmekontorforskriften og NTNUs retningslinje). De sentrale lagene
følger med pakken, i \`{pkg}/policies/\`. Kommandoene finner denne mappen selv, og så lenge
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
\`{pkg}/docs/policy-format.md\`; en veiledning for HR: \`{pkg}/docs/hr-guide.md\`.

Sitatet (\`quote\`) i en regel skal stå ordrett i kildeteksten laget viser til med \`source.name\`:
en av kildene som følger med pakken (\`hjemmekontorforskriften\`, \`ntnu-hjemmekontor-2021-04-15\`),
eller en egen tekst i \`policies/sources/<navn>.md\`. \`policy lint\` sjekker sitatene mot den;
uten \`source.name\` gir \`policy lint\` en advarsel om at sitatene ikke kan sjekkes.

## Eksempel på et fakultetslag

\`\`\`yaml
# yaml-language-server: $schema=../{pkg}/schemas/policy.schema.json
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
\`\`\`
`,
    en: `## In English

This folder holds the faculty's or department's own policy layers, added on top of the central
layers (the national regulation and NTNU's guideline) that ship with the package in
\`{pkg}/policies/\`. The commands find this folder by themselves and, while it holds local
layers only, put the package's central layers before it. A local layer may
tighten, never weaken: it may add rules (ids prefixed with the layer's id, \`ntnu-ie/…\`), raise a
rule's severity, and set a parameter only in the direction its \`override\` allows; \`policy lint\`
refuses anything else with file, line and the guarantee broken. To add a layer, copy the example
above into a file such as \`ntnu-ie@1.0.0.yaml\`, remove the \`# \` in front of the lines you keep,
run \`policy lint\`, and put test cases (\`kind: PolicyTest\`) in \`policies/tests/\` for
\`policy test\`. The full format: \`{pkg}/docs/policy-format.md\`.
`,
  },

  // .github/workflows/hjemmekontor.yml: the comment at its head, the steps' names and comments.
  workflowHead: {
    nb: `# hjemmekontor i GitHub Actions, skrevet av \`hjemmekontor init\`.
# Ved hver push og pull request: lint og testtilfeller for policylagene (de lokale i policies/,
# på de sentrale fra pakken), og hver avtale i agreements/ mot dem. Forutsetter at package.json har
# hjemmekontor som devDependency og at package-lock.json er sjekket inn, så \`npm ci\` installerer
# samme versjon hver gang. Mer (SARIF, JUnit, shards, policy diff): {pkg}/docs/ci.md.
#
# Avslutningskoder: 0 = ingen funn på eller over --fail-on (standard error); 1 = funn eller en
# ugyldig avtale; 2 = bruksfeil, uleselig sti eller ugyldig policy; 3 = intern feil (en bug).`,
    en: `# hjemmekontor in GitHub Actions, written by \`hjemmekontor init\`.
# On each push and pull request: lint and test cases of the policy layers (the local ones in
# policies/, over the central ones from the package), and every agreement in agreements/ against them.
# Assumes package.json lists hjemmekontor as a devDependency and package-lock.json is committed,
# so that \`npm ci\` installs the same version every time. More (SARIF, JUnit, shards, policy diff):
# {pkg}/docs/ci.md.
#
# Exit codes: 0 = nothing at or above --fail-on (default error); 1 = findings or an invalid
# agreement; 2 = usage error, unreadable path or invalid policy; 3 = internal error (a bug).`,
  },
  workflowBranches: {
    nb: "# Endre til navnet på hovedgrenen deres om den ikke heter main.",
    en: "# Change this to the name of your main branch if it is not main.",
  },
  workflowInstall: {
    nb: "Installer avhengighetene (hjemmekontor med)",
    en: "Install the dependencies (hjemmekontor included)",
  },
  workflowLint: {
    nb: "Lint policylagene",
    en: "Lint the policy layers",
  },
  workflowTest: {
    nb: "Kjør testtilfellene i policies/tests/",
    en: "Run the test cases in policies/tests/",
  },
  workflowTestComment: {
    nb: "# Kjøres også når lint feilet, så begge resultatene vises.",
    en: "# Runs even when lint failed, so that both results show.",
  },
  workflowValidate: {
    nb: "Valider avtalene (merknader på fil og linje)",
    en: "Validate the agreements (annotations at file and line)",
  },
  workflowValidateComment: {
    nb: "# --format github gir merknader i pull requesten. Funnene er på bokmål; --lang en gir engelsk.",
    en: "# --format github annotates the pull request. Messages are in English (--lang en).",
  },
  workflowNoAgreements: {
    nb: "Ingen avtaler i agreements/ ennå.",
    en: "No agreements in agreements/ yet.",
  },

  // .pre-commit-config.yaml: the comment at its head, and the comment above each hook.
  preCommitHead: {
    nb: `# pre-commit (pre-commit.com) for hjemmekontor, skrevet av \`hjemmekontor init\`.
# Bruker hjemmekontor som \`npm ci\` har installert (samme versjon som CI): kjør \`npm ci\` én gang,
# så \`pre-commit install\`. En avslutningskode over 0 (1 = funn, 2 = bruks- eller policyfeil)
# stopper commiten.`,
    en: `# pre-commit (pre-commit.com) for hjemmekontor, written by \`hjemmekontor init\`.
# Uses the hjemmekontor that \`npm ci\` installed (the version CI uses): run \`npm ci\` once, then
# \`pre-commit install\`. Any exit code above 0 (1 = findings, 2 = usage or policy error) stops
# the commit.`,
  },
  preCommitAgreements: {
    nb: `# Bare avtalene som skal commites (pre-commit gir navnene). --quiet viser bare feil.
# Sjekkene på tvers av avtaler (like id-er, overlapp) ser bare disse filene; CI sjekker alle.`,
    en: `# Only the agreements being committed (pre-commit passes their names). --quiet shows errors only.
# Checks across agreements (duplicate ids, overlaps) see only these files; CI checks them all.`,
  },
  preCommitPolicies: {
    nb: "# Enhver endring under policies/: lint alle lag, så testtilfellene.",
    en: "# Any change under policies/: lint every layer, then run the test cases.",
  },
} as const satisfies Record<string, Template>;
