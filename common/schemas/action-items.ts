import { z } from 'zod';
import { isCalendarDate } from '../calendar-date.ts';
import { MENTORSHIP_ROLES } from './mentorships.ts';
import { singleLineText } from './text.ts';

export const ACTION_ITEM_TITLE_MIN = 3;
export const ACTION_ITEM_TITLE_MAX = 200;
/** A due date further than this from today is a typo, not a plan. */
export const DUE_DATE_HORIZON_YEARS = 2;
export const ACTION_ITEM_STATUSES = ['open', 'done', 'dropped'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

const title = singleLineText(
  ACTION_ITEM_TITLE_MAX,
  `Keep the action item under ${ACTION_ITEM_TITLE_MAX} characters.`,
).refine(
  (v) => v.length >= ACTION_ITEM_TITLE_MIN,
  'Say what will be done, in a few words (e.g. “Rewrite the portfolio introduction”).',
);

const ownerRole = z.enum(MENTORSHIP_ROLES, { error: 'Choose who will do it: mentee or mentor.' });

/** A calendar day; whether it is too far off is checked by the service against its clock. */
const dueDate = z
  .string({ error: 'Give the due date as YYYY-MM-DD.' })
  .refine(isCalendarDate, 'Give the due date as a real day, written YYYY-MM-DD.')
  .meta({ example: '2026-12-15' });

const sessionId = z.uuid('Pick one of this mentorship’s sessions.');

export const createActionItemInput = z.object({
  title,
  ownerRole,
  dueDate: dueDate.optional(),
  /** The session it came out of. */
  sessionId: sessionId.optional(),
});
export type CreateActionItemInput = z.input<typeof createActionItemInput>;

export const updateActionItemInput = z
  .object({
    title: title.optional(),
    ownerRole: ownerRole.optional(),
    dueDate: dueDate.nullable().optional(),
    status: z.enum(ACTION_ITEM_STATUSES, { error: 'Choose open, done or dropped.' }).optional(),
    /** The session during which it was marked done or dropped (with `status`). */
    sessionId: sessionId.optional(),
  })
  .refine((value) => Object.keys(value).length > 0, 'Change at least one field.');
export type UpdateActionItemInput = z.input<typeof updateActionItemInput>;

export const actionItemParams = z.object({
  id: z.uuid('That is not a mentorship id.'),
  itemId: z.uuid('That is not an action item id.'),
});

export const actionItem = z.object({
  id: z.uuid(),
  title: z.string(),
  ownerRole: z.enum(MENTORSHIP_ROLES),
  ownerName: z.string(),
  dueDate: z.string().nullable(),
  status: z.enum(ACTION_ITEM_STATUSES),
  /** Open and its due date is before today where the owner lives. */
  overdue: z.boolean(),
  /** How many of the owner's days it is late (0 unless overdue). */
  daysOverdue: z.number().int(),
  /** The session it came out of, if any. */
  sessionId: z.uuid().nullable(),
  resolvedAt: z.iso.datetime().nullable(),
  resolvedInSessionId: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
});
export type ActionItem = z.infer<typeof actionItem>;

export const actionItemListOutput = z.object({
  /** Open first (overdue ones first, then by due date), then done and dropped, latest first. */
  items: z.array(actionItem),
  myRole: z.enum(MENTORSHIP_ROLES),
  /** False once the mentorship has closed (or before it started): the list is then a record. */
  editable: z.boolean(),
});
export type ActionItemList = z.infer<typeof actionItemListOutput>;
