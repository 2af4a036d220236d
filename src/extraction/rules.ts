// The extraction's rules by name, so each can be switched off one at a time (the ablation,
// scripts/eval/extraction-ablation.ts, measures what each is worth on both benchmarks). In normal
// use every rule is on: only the ablation passes a set of rules to leave out.

export const RULES = {
  feed: 'a feed of stories is read as the opened story only (feed.ts)',
  microdata: "the page's microdata articleBody element, when Readability's output holds most of it",
  jsonLdFilter: "blocks the JSON-LD articleBody lacks are dropped when it holds nearly all of the text",
  classBoxes: 'boxes whose class names a widget (share, related, newsletter…) are skipped',
  classKinds: 'boxes whose class names a byline, date, caption or credit are typed so',
  cardGrids: 'grids of alike story cards are skipped',
  railLabels: 'a "read more"/"related" label and the list after it are dropped',
  phrases: "lines of the site's chrome and prompts (per-language data) are dropped",
  linkDensity: 'short blocks mostly of link text are dropped',
  typing: 'credits, bylines and date lines are typed out of the body',
  headline: 'a heading equal to the headline before the body is dropped',
  guardJsonLd: "the guard: text the JSON-LD articleBody vouches for replaces a choice that lacks it",
  guardHidden: "the guard: that text may be text the page keeps hidden, as paywalls do",
  guardRegion: "the guard: the page's densest text region replaces a choice with far less running text",
  appData: "Next.js / Nuxt page data (__NEXT_DATA__, __NUXT_DATA__) is read when the rendered HTML holds no body",
} as const;

export type Rule = keyof typeof RULES;

/** Rules left out (the ablation only); empty in normal use. */
export type RulesOff = ReadonlySet<Rule>;

export const ALL_ON: RulesOff = new Set();
