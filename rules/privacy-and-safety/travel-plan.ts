/**
 * `travel-plan`: travel information that tells someone where staff will be and when: upcoming
 * or current movements (`flying to Juba on Tuesday`, `I'll be in Goma from 3 to 5 May`, `leaving
 * the compound at 06:00`), flight numbers in a travel context, hotel rooms, convoy routes and
 * timings. Trips told as past stories and figurative uses (`the flight of refugees`) are not.
 */
import { hasAnyWord, keyWords, matchProse, maskValue, type CheckContext, type Document, type ProseSegment } from '../../src/rule-kit/index.js';
import {
  AIRCRAFT_BEFORE, AIRLINE_CODE, CAPITALISED, CONVOY_WORD, DESTINATION_AFTER, DETERMINED_SUBJECT, DIGIT, FIRST_WORD, FLIGHT_CONTEXT, FLIGHT_NUMBER, FLIGHT_WORD_BEFORE, FUTURE_TIME, FUTURE_WORD, HOTEL_ROOM, LAST_WORD, LODGING_WORD, MEETING_ROOM, MOVEMENT, PAST_STAY, ROOM_OCCUPANT, WORK_ROOM_CONTEXT, PAST_MOVE, PAST_TIME, PUBLIC_APPEARANCE, ROUTE, TIME_MARKER, TRAVEL_CUE, TWO_DIGITS, VERSION_AFTER, WEAK_MOVE_END,
} from './patterns.js';
import { has, sentenceText, textAfter, textBefore } from './context.js';
import { MOVE_VERBS, NON_PERSON_SUBJECTS } from './words.js';
import type { Options } from './options.js';

const NOT_PEOPLE = new Set(NON_PERSON_SUBJECTS);
/** A segment without the word `room` holds no hotel room. */
const ROOM_WORD = /room/i;
/** Capitalised words after a movement verb that are times, not places (`Landing Monday at 14:30`). */
const NOT_PLACES = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Tomorrow', 'Today', 'Tonight',
]);

/** Whether a sentence pins a movement to now or to a coming time, and is not a story of the past. */
export function isUpcoming(sentence: string): boolean {
  if (!has(TIME_MARKER, sentence) && !has(FUTURE_TIME, sentence)) return false;
  return !has(PAST_TIME, sentence);
}

/** A segment without any of these words holds no movement phrase (`Off`, `Back`, `on my way`, `en route` too). */
const MOVEMENT_KEYS = keyWords(MOVE_VERBS, ['off', 'back', 'way', 'route']);

/** A word that every `CONVOY` match has (its rarest word), for a cheap test before the pattern. */
const CONVOY_KEYS = new Set(['convoy', 'convoys', 'movement', 'mission', 'motorcade', 'escort', 'escorted', 'armoured', 'armored', 'cruiser', 'cruisers']);

export function travelPlan(doc: Document, ctx: CheckContext<Options>): void {
  /** Sentences (by start offset) that already have a finding. */
  const done = new Set<number>();
  for (const seg of doc.prose) {
    flights(doc, seg, ctx, done);
    rooms(doc, seg, ctx, done);
    convoys(doc, seg, ctx, done);
    movements(doc, seg, ctx, done);
  }
}

function flights(doc: Document, seg: ProseSegment, ctx: CheckContext<Options>, done: Set<number>): void {
  if (!TWO_DIGITS.test(seg.text) || !has(FLIGHT_CONTEXT, seg.text)) return;
  for (const { match, start, end } of matchProse([seg], FLIGHT_NUMBER)) {
    if (match[2]!.length < 2 || AIRCRAFT_BEFORE.test(textBefore(seg, start, 16))) continue;
    const labelled = FLIGHT_WORD_BEFORE.test(textBefore(seg, start, 24));
    const sentence = sentenceText(doc, seg, start);
    if (!labelled && !(AIRLINE_CODE.test(match[1]!) && has(FLIGHT_CONTEXT, sentence.text))) continue;
    if (has(PAST_TIME, sentence.text)) continue;
    done.add(sentence.start);
    ctx.report({ messageId: 'flightNumber', data: { flight: maskValue(match[0], 2, 0) }, start, end });
  }
}

function rooms(doc: Document, seg: ProseSegment, ctx: CheckContext<Options>, done: Set<number>): void {
  if (!DIGIT.test(seg.text) || !ROOM_WORD.test(seg.text)) return;
  for (const { match, start } of matchProse([seg], HOTEL_ROOM)) {
    const before = textBefore(seg, start, 24);
    if (MEETING_ROOM.test(before)) continue;
    const sentence = sentenceText(doc, seg, start);
    // A room at a hotel, or one someone is in or has (`I'm in room 512`, `my room is 512`) outside an office's schedule.
    const lodging = has(LODGING_WORD, sentence.text) || (ROOM_OCCUPANT.test(before) && !has(WORK_ROOM_CONTEXT, sentence.text));
    if (!lodging || has(PAST_TIME, sentence.text) || (has(PAST_STAY, sentence.text) && !has(FUTURE_WORD, sentence.text))) continue;
    done.add(sentence.start);
    const room = match[1]!;
    ctx.report({ messageId: 'hotelRoom', data: { room: maskValue(room, 4, 0) }, start, end: start + room.length });
  }
}

function convoys(doc: Document, seg: ProseSegment, ctx: CheckContext<Options>, done: Set<number>): void {
  if (!hasAnyWord(seg, CONVOY_KEYS)) return;
  for (const { start, end } of matchProse([seg], CONVOY_WORD)) {
    const sentence = sentenceText(doc, seg, start);
    if (done.has(sentence.start) || !isUpcoming(sentence.text)) continue;
    if (!has(ROUTE, sentence.text) && !has(TIME_MARKER, sentence.text)) continue;
    if (has(PAST_MOVE, sentence.text) && !has(FUTURE_WORD, sentence.text)) continue;
    done.add(sentence.start);
    ctx.report({ messageId: 'convoyMovement', data: {}, start, end });
  }
}

function movements(doc: Document, seg: ProseSegment, ctx: CheckContext<Options>, done: Set<number>): void {
  if (!hasAnyWord(seg, MOVEMENT_KEYS)) return;
  for (const { match, start, end } of matchProse([seg], MOVEMENT)) {
    const phrase = match[1]!;
    const first = FIRST_WORD.exec(phrase)?.[0] ?? '';
    // A capitalised verb after its subject is a Title Case headline (`Mobile Driving Pre-Cyber Monday Sales`).
    const verb = LAST_WORD.exec(phrase)?.[0] ?? '';
    if (verb !== phrase && CAPITALISED.test(verb)) continue;
    if (NOT_PEOPLE.has(first) && !DETERMINED_SUBJECT.test(phrase)) continue;
    const after = textAfter(seg, end, 80);
    const dest = DESTINATION_AFTER.exec(after);
    if (!dest) continue;
    if (VERSION_AFTER.test(after.slice(dest[0].length)) || NOT_PLACES.has(LAST_WORD.exec(dest[0])?.[0] ?? '')) continue;
    const sentence = sentenceText(doc, seg, start);
    if (done.has(sentence.start) || !isUpcoming(sentence.text) || has(PUBLIC_APPEARANCE, sentence.text)) continue;
    if (WEAK_MOVE_END.test(phrase) && !has(TRAVEL_CUE, sentence.text)) continue;
    done.add(sentence.start);
    ctx.report({ messageId: 'travelPlan', data: {}, start, end: end + dest[0].length });
  }
}
