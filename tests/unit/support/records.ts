// One builder for database rows in unit tests: the identifying fields given, every other field blank.
import type { AnnotationRecord } from '../../../src/shared/records';
import { NOBODY } from '../../../src/shared/speaker-value';

type Identity = Pick<AnnotationRecord, 'id' | 'articleId' | 'kind' | 'selectors' | 'text'>;

export function annotationRecord(fields: Identity & Partial<AnnotationRecord>): AnnotationRecord {
  return {
    speaker: NOBODY,
    speakerRole: null,
    speakerCorrection: null,
    speakerKey: null,
    actorType: null,
    colour: null,
    note: null,
    tags: [],
    created: 1,
    updated: 1,
    words: [],
    ...fields,
  };
}
