/* Generated from schemas/agreement.schema.json by scripts/gen-types.mjs. Do not edit; run `npm run gen:types`. */

/**
 * En ukedag: mon tue wed thu fri sat sun (mandag–søndag). / A weekday: mon tue wed thu fri sat sun.
 */
export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

/**
 * Avtale om fast hjemmekontor ved NTNU (schemaVersion 1). Skjemaet sjekker bare form og typer; det retningslinjen og forskriften krever, sjekkes av policyreglene, slik at hvert funn kan vise til kilden. / A fixed home-office agreement at NTNU (schemaVersion 1). The schema checks shape and types only; what the guideline and the regulation demand is checked by the policy rules, so that each finding can cite its source.
 */
export interface HomeOfficeAgreement {
  /**
   * Dokumenttypen; alltid HomeOfficeAgreement. / The document kind; always HomeOfficeAgreement.
   */
  kind: "HomeOfficeAgreement";
  /**
   * Versjonen av avtaleformatet; nå 1. / The version of the agreement format; now 1.
   */
  schemaVersion: 1;
  /**
   * Avtalens id, unik i et repositorium: bokstaver, sifre, punktum, bindestrek og understrek, høyst 64 tegn, f.eks. IE-2026-0042. / The agreement's id, unique in a repository: letters, digits, dots, dashes and underscores, at most 64 characters, e.g. IE-2026-0042.
   */
  id: string;
  /**
   * Avtaletype. Bare «fixed» (fast hjemmekontor) dekkes av NTNUs retningslinje; de andre gir funnet fixed-agreement-only. / The kind of agreement. Only `fixed` (a fixed home office) is covered by the NTNU guideline; the others give the finding fixed-agreement-only.
   */
  type: "fixed" | "short-term" | "remote-work" | "research-term" | "extraordinary";
  /**
   * Arbeidstakeren avtalen gjelder. / The employee the agreement is for.
   */
  employee: {
    /**
     * Arbeidstakerens ansattnummer; skriv det i anførselstegn («"100234"») så det forblir tekst. / The employee number; quote it in YAML ("100234") so it stays a string.
     */
    id: string;
    /**
     * Arbeidstakerens navn. / The employee's name.
     */
    name?: string;
    /**
     * Stillingstittel. / Job title.
     */
    position?: string;
    /**
     * Stillingsprosent, 1–100 (standard 100). / Employment percentage, 1–100 (default 100).
     */
    employmentPercent?: number;
    /**
     * Enheten arbeidstakeren hører til; den velger de lokale policylagene. / The unit the employee belongs to; it chooses the local policy layers.
     */
    unit: {
      /**
       * Fakultetskode, f.eks. IE; velger fakultetets lag, om det finnes. Store og små bokstaver regnes likt. / Faculty code, e.g. IE; chooses the faculty's layer, if there is one. Letter case does not matter.
       */
      faculty: string;
      /**
       * Instituttkode, f.eks. IDI; velger instituttets lag, om det finnes. / Department code, e.g. IDI; chooses the department's layer, if there is one.
       */
      department?: string;
    };
  };
  /**
   * Lederen som fatter beslutningen på arbeidsgivers vegne (retningslinjen 2.1). / The manager who decides on the employer's behalf (guideline 2.1).
   */
  manager?: {
    /**
     * Lederens ansattnummer, i anførselstegn; må være et annet enn arbeidstakerens. / The manager's employee number, quoted; must differ from the employee's.
     */
    id?: string;
    /**
     * Lederens navn. / The manager's name.
     */
    name?: string;
  };
  /**
   * Avtaleperioden; høyst seks måneder (retningslinjen 2.4). / The agreement's period; at most six months (guideline 2.4).
   */
  period: {
    /**
     * Første dag, inkludert (ÅÅÅÅ-MM-DD). Policyversjonen som gjelder denne dagen, brukes. / First day, inclusive (YYYY-MM-DD). The policy version in force on this day applies.
     */
    start: string;
    /**
     * Siste dag, inkludert (ÅÅÅÅ-MM-DD). Avtalen må være tidsbegrenset. / Last day, inclusive (YYYY-MM-DD). The agreement must have an end.
     */
    end?: string;
  };
  /**
   * Når det arbeides hjemme. / When the work is done at home.
   */
  schedule?: {
    /**
     * Arbeidsdagene i uken (standard mandag–fredag). / The working days of the week (default Monday–Friday).
     *
     * @minItems 1
     * @maxItems 7
     */
    workdays?: [Weekday, ...Weekday[]];
    /**
     * Arbeidstimer per uke, over 0 og høyst 100 (standard 37,5 × stillingsprosent / 100). / Working hours per week, above 0 and at most 100 (default 37.5 × employment percentage / 100).
     */
    hoursPerWeek?: number;
    /**
     * Et gjentatt mønster, én oppføring per uke (1–4 uker), med hjemmedagene hver uke. / A repeating pattern, one entry per week (1–4 weeks), with the home days of each week.
     *
     * @minItems 1
     * @maxItems 4
     *
     * Items: Én uke i mønsteret. / One week of the pattern.
     */
    cycle?: [
      {
        /**
         * Hjemmedagene denne uken; hver må være en arbeidsdag. / The home days of this week; each must be a working day.
         *
         * @maxItems 7
         */
        home: Weekday[];
      },
      ...{
        /**
         * Hjemmedagene denne uken; hver må være en arbeidsdag. / The home days of this week; each must be a working day.
         *
         * @maxItems 7
         */
        home: Weekday[];
      }[]
    ];
    /**
     * Arbeidstiden på hjemmedager (TT:MM); den må dekke kjernetiden. / Working hours on home days (HH:MM); they must cover core time.
     */
    homeHours?: {
      /**
       * Når arbeidsdagen hjemme begynner (TT:MM, 24 timer). / When the working day at home starts (HH:MM, 24 hours).
       */
      start: string;
      /**
       * Når arbeidsdagen hjemme slutter (TT:MM, 24 timer). / When the working day at home ends (HH:MM, 24 hours).
       */
      end: string;
    };
    /**
     * Hvordan arbeidstakeren kan nås på hjemmedager (valgfritt). / How the employee can be reached on home days (optional).
     */
    availability?: string;
  };
  /**
   * Grunnene til hjemmekontor. «work-environment-issue» er ikke tillatt: hjemmekontor skal ikke løse et arbeidsmiljøproblem (3.3). / The reasons for the home office. `work-environment-issue` is not allowed: a home office must not remedy a work-environment problem (3.3).
   *
   * @maxItems 5
   */
  reasons?: ("concentration-work" | "commute" | "care-obligations" | "work-environment-issue" | "other")[];
  /**
   * Arbeidsoppgavene som gjøres hjemme (retningslinjen 3.1 og 3.5). / The tasks done at home (guideline 3.1 and 3.5).
   */
  tasks?: {
    /**
     * Hvilke oppgaver som gjøres hjemme. / Which tasks are done at home.
     */
    description?: string;
    /**
     * Om oppgavene egner seg for hjemmekontor; må være true. / Whether the tasks suit a home office; must be true.
     */
    suitableForHomeOffice?: boolean;
    /**
     * Høyeste informasjonsklasse arbeidet hjemme berører (åpen, intern, fortrolig, strengt fortrolig). / The highest information class the work at home touches (open, internal, confidential, strictly confidential).
     */
    informationClass?: "open" | "internal" | "confidential" | "strictly-confidential";
    /**
     * Om oppgavene stiller særlig strenge krav til helse eller sikkerhet. / Whether the tasks make especially strict demands on health or safety.
     */
    healthOrSafetyCritical?: boolean;
  };
  /**
   * Arbeidstakerens skriftlige erklæring om arbeidsmiljøet hjemme (retningslinjen 2.6, forskriften § 3). / The employee's written declaration on the work environment at home (guideline 2.6, regulation § 3).
   */
  workEnvironment?: {
    /**
     * Arbeidsstedet er forsvarlig; må være true. / The workstation is sound; must be true.
     */
    workstation?: boolean;
    /**
     * Arbeidsutstyret er forsvarlig; må være true. / The equipment is sound; must be true.
     */
    equipment?: boolean;
    /**
     * Innemiljøet er forsvarlig; må være true. / The indoor environment is sound; must be true.
     */
    indoorEnvironment?: boolean;
    /**
     * Datoen erklæringen ble gitt (ÅÅÅÅ-MM-DD). / The date of the declaration (YYYY-MM-DD).
     */
    declaredOn?: string;
  };
  /**
   * Utstyr til hjemmekontoret og hvem som eier og vedlikeholder det (retningslinjen 2.5, forskriften § 2). / Equipment for the home office and who owns and maintains it (guideline 2.5, regulation § 2).
   */
  equipment?: {
    /**
     * Utstyret, én oppføring per ting. / The equipment, one entry per item.
     *
     * @maxItems 100
     *
     * Items: Én ting. / One item.
     */
    items?: {
      /**
       * Hva det er, med små bokstaver og bindestrek, f.eks. monitor, keyboard, mouse, docking-station, headset. / What it is, in lower case with dashes, e.g. monitor, keyboard, mouse, docking-station, headset.
       */
      item: string;
      /**
       * Hvem som skaffer det. / Who provides it.
       */
      providedBy?: "ntnu" | "employee" | "other";
      /**
       * Hvem som eier det; utstyr fra NTNU eies av NTNU. / Who owns it; equipment from NTNU is owned by NTNU.
       */
      owner?: "ntnu" | "employee" | "other";
      /**
       * Kostnad i kroner, 0 eller mer. / Cost in Norwegian kroner, 0 or more.
       */
      costNok?: number;
    }[];
    /**
     * Hvem som vedlikeholder utstyret, og hva som skjer med det når avtalen slutter. Påkrevd når det er utstyr. / Who maintains the equipment, and what happens to it when the agreement ends. Required when there is equipment.
     */
    maintenance?: string;
  };
  /**
   * Vilkår arbeidstakeren er gjort kjent med (retningslinjen 3.6 og 4). / Terms the employee has been told about (guideline 3.6 and 4).
   */
  terms?: {
    /**
     * Arbeidsgiver kan kalle arbeidstakeren inn til arbeidsplassen; må være true. / The employer may call the employee in to the workplace; must be true.
     */
    employerMayRecall?: boolean;
    /**
     * Arbeidstakeren er informert om forsikring ved hjemmekontor. / The employee has been informed about insurance when working at home.
     */
    insuranceInformed?: boolean;
    /**
     * Oppsigelsesfrist for avtalen i dager, 0–365 (valgfritt). / The agreement's notice period in days, 0–365 (optional).
     */
    noticePeriodDays?: number;
  };
  /**
   * Godkjente unntak. Et unntak opphever bare funn fra en regel som tillater unntak; opphevede funn vises for seg. / Approved exceptions. An exception waives only findings of a rule that allows exceptions; waived findings are shown apart.
   *
   * @maxItems 50
   *
   * Items: Ett unntak. / One exception.
   */
  exceptions?: {
    /**
     * Id-en til regelen som unntas, f.eks. security-sensitive. / The id of the rule excepted, e.g. security-sensitive.
     */
    rule: string;
    /**
     * Hvem som godkjente unntaket. / Who approved the exception.
     */
    approvedBy: string;
    /**
     * Hvorfor unntaket er gitt. / Why the exception was granted.
     */
    reason: string;
    /**
     * Datoen unntaket ble godkjent (ÅÅÅÅ-MM-DD). / The date the exception was approved (YYYY-MM-DD).
     */
    approvedOn?: string;
  }[];
  /**
   * Underskriftene: employee er arbeidstakerens (ordningen er frivillig), manager er lederens (arbeidsgiver beslutter). / The signatures: employee is the employee's (the arrangement is voluntary), manager is the manager's (the employer decides).
   */
  signatures?: {
    employee?: Signature;
    manager?: Signature;
  };
}
/**
 * En underskrift: navn og dato. / A signature: name and date.
 */
export interface Signature {
  /**
   * Navnet til den som skrev under. / The name of the person who signed.
   */
  name: string;
  /**
   * Datoen for underskriften (ÅÅÅÅ-MM-DD). / The date of signing (YYYY-MM-DD).
   */
  date: string;
}
