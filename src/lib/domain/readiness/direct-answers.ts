import { z } from '../shared/zod.ts';
import { kebabId } from '../content/text.ts';
import { IPA_ANSWERS, type IpaAnswer } from '../content/vocabulary.ts';

// Apart from the score, so that scoring does not load zod: only storing and reading the answers do.

/** The owner's own answers to the self-diagnosis topics no item covers, by topic id. */
export const directAnswersSchema = z.record(kebabId(20), z.enum(IPA_ANSWERS));
export type DirectAnswers = Readonly<Partial<Record<string, IpaAnswer>>>;
