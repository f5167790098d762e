import type { MoveOn } from '../../features/lms/cmi5-move-on.ts';
import { escapeXml, xmlAttr } from './xml-escape.ts';

/** The cmi5 course structure namespace, which is also where its XSD lives. */
export const CMI5_NAMESPACE = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

/** One assignable unit (a scenario) of a cmi5 course. */
export interface Cmi5Au {
  /** Publisher IRI of the AU, unique within the course. */
  id: string;
  /** Title shown by the LMS. */
  title: string;
  /** Description shown by the LMS (required by the spec). */
  description: string;
  /** Launch URL, relative to the package root. */
  url: string;
  /** Scaled pass mark, 0..1; omitted when the AU is not judged. */
  masteryScore?: number;
  /** What the LMS needs to hear before the AU is satisfied. */
  moveOn: MoveOn;
}

/** A cmi5 course: its own identity and its AUs, in order. */
export interface Cmi5Course {
  /** Publisher IRI of the course. */
  id: string;
  /** Title shown by the LMS. */
  title: string;
  /** Description shown by the LMS. */
  description: string;
  /** RFC 5646 language of every title and description. */
  lang: string;
  /** At least one AU. */
  aus: readonly Cmi5Au[];
}

/**
 * A mastery score as the XSD wants it: a decimal in 0..1 with at most four places,
 * written without exponent (0.7, not 7e-1).
 */
export function formatMasteryScore(scaled: number): string {
  if (!Number.isFinite(scaled) || scaled < 0 || scaled > 1) {
    throw new RangeError(`masteryScore must be between 0 and 1, not ${scaled}`);
  }
  return scaled.toFixed(4).replace(/\.?0+$/, '');
}

function langstrings(tag: string, text: string, lang: string, indent: string): string {
  return [
    `${indent}<${tag}>`,
    `${indent}  <langstring${xmlAttr('lang', lang)}>${escapeXml(text)}</langstring>`,
    `${indent}</${tag}>`,
  ].join('\n');
}

function auXml(au: Cmi5Au, lang: string): string {
  const attributes =
    xmlAttr('id', au.id) +
    xmlAttr('moveOn', au.moveOn) +
    (au.masteryScore === undefined
      ? ''
      : xmlAttr('masteryScore', formatMasteryScore(au.masteryScore))) +
    // The app runs in a frame as well as in its own window.
    xmlAttr('launchMethod', 'AnyWindow');
  return [
    `  <au${attributes}>`,
    langstrings('title', au.title, lang, '    '),
    langstrings('description', au.description, lang, '    '),
    `    <url>${escapeXml(au.url)}</url>`,
    '  </au>',
  ].join('\n');
}

/** The `cmi5.xml` of a course package (cmi5 section 13, element order as the XSD's sequences). */
export function cmi5CourseXml(course: Cmi5Course): string {
  if (course.aus.length === 0) throw new RangeError('a cmi5 course needs at least one AU');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<courseStructure${xmlAttr('xmlns', CMI5_NAMESPACE)}${xmlAttr('xmlns:xsi', XSI_NAMESPACE)}${xmlAttr('xsi:schemaLocation', `${CMI5_NAMESPACE} ${CMI5_NAMESPACE}`)}>`,
    `  <course${xmlAttr('id', course.id)}>`,
    langstrings('title', course.title, course.lang, '    '),
    langstrings('description', course.description, course.lang, '    '),
    '  </course>',
    ...course.aus.map((au) => auXml(au, course.lang)),
    '</courseStructure>',
    '',
  ].join('\n');
}
