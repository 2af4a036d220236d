// English function words (articles, pronouns, auxiliaries, prepositions, conjunctions), folded as
// normalize.ts folds. Two different statements share these freely ("it is going to be the…"), so
// they weigh a quarter of a content word when deciding whether two quotes are one statement.
const LIST =
  'a an the this that these those i me my mine we us our ours you your yours he him his she her hers it its they them their theirs ' +
  'who whom whose which what there here is am are was were be been being do does did doing have has had having will would shall ' +
  'should can could may might must to of in on at by for with from into onto about as than then so and or but nor if not no ' +
  'just very too also up out over all any some each both im ive id youre youve were weve theyre theyve dont doesnt ' +
  'didnt isnt arent wasnt werent wont wouldnt cant couldnt shouldnt let';

export const FUNCTION_WORDS: ReadonlySet<string> = new Set(LIST.split(' '));

/** How much a folded word counts as evidence that two quotes are one statement. */
export const wordWeight = (w: string): number => (FUNCTION_WORDS.has(w) ? 0.25 : 1);
