// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  CMI5_NAMESPACE,
  cmi5CourseXml,
  formatMasteryScore,
  type Cmi5Course,
} from './cmi5-course-xml.ts';

const COURSE: Cmi5Course = {
  id: 'https://extra-mile.app/xapi/activities/course/library',
  title: 'Extra Mile: "customer" <conversations> & more',
  description: 'Practise & learn',
  lang: 'en',
  aus: [
    {
      id: 'https://extra-mile.app/xapi/activities/scenario/into-the-email-void',
      title: 'Into the email void',
      description: 'Megan emails & waits.',
      url: 'index.html?lms=cmi5&scenario=into-the-email-void',
      masteryScore: 0.7,
      moveOn: 'Passed',
    },
    {
      id: 'https://extra-mile.app/xapi/activities/scenario/the-angry-caller',
      title: 'The angry caller',
      description: 'A phone call.',
      url: 'index.html?lms=cmi5&scenario=the-angry-caller',
      moveOn: 'CompletedAndPassed',
    },
  ],
};

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error !== undefined) throw new Error(`not well-formed: ${error.textContent ?? ''}`);
  return doc;
}

function children(element: Element): string[] {
  return [...element.children].map((c) => c.localName);
}

describe('cmi5CourseXml', () => {
  const doc = parse(cmi5CourseXml(COURSE));
  const root = doc.documentElement;

  it('is a courseStructure in the cmi5 namespace, pointing at its XSD', () => {
    expect(root.localName).toBe('courseStructure');
    expect(root.namespaceURI).toBe(CMI5_NAMESPACE);
    expect(
      root
        .getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'schemaLocation')
        ?.split(/\s+/),
    ).toEqual([CMI5_NAMESPACE, CMI5_NAMESPACE]);
    expect(children(root)).toEqual(['course', 'au', 'au']);
  });

  it('describes the course with langstrings, text unescaped back exactly', () => {
    const course = root.getElementsByTagNameNS(CMI5_NAMESPACE, 'course')[0];
    expect(course?.getAttribute('id')).toBe(COURSE.id);
    expect(children(course!)).toEqual(['title', 'description']);
    const title = course!.getElementsByTagNameNS(CMI5_NAMESPACE, 'langstring')[0];
    expect(title?.getAttribute('lang')).toBe('en');
    expect(title?.textContent).toBe(COURSE.title);
  });

  it('writes each AU in the order of the XSD sequence with its launch attributes', () => {
    const aus = [...root.getElementsByTagNameNS(CMI5_NAMESPACE, 'au')];
    expect(aus).toHaveLength(2);
    const [first, second] = aus;
    expect(children(first!)).toEqual(['title', 'description', 'url']);
    expect(first?.getAttribute('id')).toBe(COURSE.aus[0]?.id);
    expect(first?.getAttribute('moveOn')).toBe('Passed');
    expect(first?.getAttribute('masteryScore')).toBe('0.7');
    expect(first?.getAttribute('launchMethod')).toBe('AnyWindow');
    expect(first?.getElementsByTagNameNS(CMI5_NAMESPACE, 'url')[0]?.textContent).toBe(
      'index.html?lms=cmi5&scenario=into-the-email-void',
    );
    expect(second?.getAttribute('moveOn')).toBe('CompletedAndPassed');
    expect(second?.hasAttribute('masteryScore')).toBe(false);
  });

  it('refuses a course without AUs', () => {
    expect(() => cmi5CourseXml({ ...COURSE, aus: [] })).toThrow(/at least one AU/);
  });
});

describe('formatMasteryScore', () => {
  it('writes a plain decimal with at most four places', () => {
    expect(formatMasteryScore(0.7)).toBe('0.7');
    expect(formatMasteryScore(1)).toBe('1');
    expect(formatMasteryScore(0)).toBe('0');
    expect(formatMasteryScore(0.655)).toBe('0.655');
    expect(formatMasteryScore(2 / 3)).toBe('0.6667');
    expect(formatMasteryScore(0.00001)).toBe('0');
  });

  it('refuses values outside 0..1', () => {
    expect(() => formatMasteryScore(70)).toThrow(/between 0 and 1/);
    expect(() => formatMasteryScore(Number.NaN)).toThrow(/between 0 and 1/);
  });
});
