// compromise alone on a whole text: the bench's point of comparison (not used by the analysis).
import nlp from 'compromise';

export function compromiseEntities(text: string): { people: string[]; organizations: string[]; places: string[] } {
  const doc = nlp(text);
  return {
    people: doc.people().out('array') as string[],
    organizations: doc.organizations().out('array') as string[],
    places: doc.places().out('array') as string[],
  };
}
