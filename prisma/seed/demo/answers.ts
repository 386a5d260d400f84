// Every in-scope answer of the demo follow-up (core and COVID-19 module), in framework order.
import { GOVERNMENT } from "./answers-government";
import { CRISES, SAFE_MIGRATION } from "./answers-crises";
import { COVID } from "./answers-covid";
import { PARTNERSHIPS, WELL_BEING } from "./answers-partnerships";
import { RIGHTS } from "./answers-rights";
import type { AnswerSeed } from "./types";

export const ANSWERS: AnswerSeed[] = [...RIGHTS, ...GOVERNMENT, ...PARTNERSHIPS, ...WELL_BEING, ...CRISES, ...SAFE_MIGRATION, ...COVID];

/** The one answer sent back to its ministry, and what the consultant asked for in the shared thread. */
export const CHANGES_REQUESTED_COMMENT =
  "This cites the accession to the 1990 UN Convention, which does not settle ILO Convention No. 97. Please cite the ILO's record of the conventions the country has ratified (NORMLEX is among the sources), and if No. 97 turns out to be ratified, say whether any annex was excluded.";
