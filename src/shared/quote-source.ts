// A quote's source as the quotes-across and Sources views need it: the typed speaker, with the
// reader's correction (a name) winning over what the analysis found.
import type { AnnotationRecord } from './records';
import { parseSpeaker, type Speaker } from './speaker-value';

/** The stored quote's speaker: the reader's correction when there is one, else the detected one. */
export function storedSpeaker(a: Pick<AnnotationRecord, 'speaker' | 'speakerCorrection'>): Speaker {
  return a.speakerCorrection?.trim() ? parseSpeaker(a.speakerCorrection) : a.speaker;
}

export function isUnnamedSpeaker(sp: Speaker): sp is Extract<Speaker, { kind: 'unnamed' }> {
  return sp.kind === 'unnamed';
}
