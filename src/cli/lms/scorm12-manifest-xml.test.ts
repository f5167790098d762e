// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  ADLCP_NAMESPACE,
  IMSCP_NAMESPACE,
  scorm12ManifestXml,
  toXmlId,
  type Scorm12Package,
} from './scorm12-manifest-xml.ts';

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

const PACKAGE: Scorm12Package = {
  identifier: 'extra-mile-library',
  title: 'Extra Mile & "friends"',
  scos: [
    {
      id: 'into-the-email-void',
      title: 'Into the <email> void',
      href: 'index.html?lms=scorm12&scenario=into-the-email-void',
      masteryScore: 70,
    },
    {
      id: 'the-angry-caller',
      title: 'The angry caller',
      href: 'index.html?lms=scorm12&scenario=the-angry-caller',
    },
  ],
  files: ['index.html', 'assets/index-abc.js', 'assets/a file.css', 'favicon.svg'],
};

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error !== undefined) throw new Error(`not well-formed: ${error.textContent ?? ''}`);
  return doc;
}

function only(parent: Element | Document, ns: string, name: string): Element {
  const found = parent.getElementsByTagNameNS(ns, name);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('scorm12ManifestXml', () => {
  const doc = parse(scorm12ManifestXml(PACKAGE));
  const root = doc.documentElement;

  it('is an IMS CP 1.1.2 manifest with the ADL 1.2 extension namespace and schema locations', () => {
    expect(root.localName).toBe('manifest');
    expect(root.namespaceURI).toBe(IMSCP_NAMESPACE);
    expect(root.getAttribute('identifier')).toBe('manifest-extra-mile-library');
    expect(root.lookupNamespaceURI('adlcp')).toBe(ADLCP_NAMESPACE);
    const locations = root.getAttributeNS(XSI, 'schemaLocation')?.split(/\s+/) ?? [];
    expect(locations).toEqual([
      IMSCP_NAMESPACE,
      'imscp_rootv1p1p2.xsd',
      ADLCP_NAMESPACE,
      'adlcp_rootv1p2.xsd',
    ]);
  });

  it('says it is SCORM 1.2', () => {
    const metadata = only(root, IMSCP_NAMESPACE, 'metadata');
    expect(only(metadata, IMSCP_NAMESPACE, 'schema').textContent).toBe('ADL SCORM');
    expect(only(metadata, IMSCP_NAMESPACE, 'schemaversion').textContent).toBe('1.2');
  });

  it('has one default organization with an item per SCO, mastery score where given', () => {
    const organizations = only(root, IMSCP_NAMESPACE, 'organizations');
    const organization = only(organizations, IMSCP_NAMESPACE, 'organization');
    expect(organizations.getAttribute('default')).toBe(organization.getAttribute('identifier'));
    expect(organization.children[0]?.textContent).toBe('Extra Mile & "friends"');
    const items = [...organization.getElementsByTagNameNS(IMSCP_NAMESPACE, 'item')];
    expect(items.map((i) => i.getAttribute('identifierref'))).toEqual([
      'res-into-the-email-void',
      'res-the-angry-caller',
    ]);
    expect(items[0]?.getElementsByTagNameNS(IMSCP_NAMESPACE, 'title')[0]?.textContent).toBe(
      'Into the <email> void',
    );
    expect(items[0]?.getElementsByTagNameNS(ADLCP_NAMESPACE, 'masteryscore')[0]?.textContent).toBe(
      '70',
    );
    expect(items[1]?.getElementsByTagNameNS(ADLCP_NAMESPACE, 'masteryscore')).toHaveLength(0);
  });

  it('makes each SCO a webcontent resource launching its scenario and listing every file', () => {
    const resources = [...only(root, IMSCP_NAMESPACE, 'resources').children];
    expect(resources.map((r) => r.getAttribute('identifier'))).toEqual([
      'res-into-the-email-void',
      'res-the-angry-caller',
    ]);
    for (const resource of resources) {
      expect(resource.getAttribute('type')).toBe('webcontent');
      expect(resource.getAttributeNS(ADLCP_NAMESPACE, 'scormtype')).toBe('sco');
      const files = [...resource.getElementsByTagNameNS(IMSCP_NAMESPACE, 'file')].map((f) =>
        f.getAttribute('href'),
      );
      expect(files).toEqual([
        'assets/a%20file.css',
        'assets/index-abc.js',
        'favicon.svg',
        'index.html',
      ]);
    }
    expect(resources[0]?.getAttribute('href')).toBe(
      'index.html?lms=scorm12&scenario=into-the-email-void',
    );
  });

  it('refuses an empty package and SCOs whose identifiers would clash', () => {
    expect(() => scorm12ManifestXml({ ...PACKAGE, scos: [] })).toThrow(/at least one SCO/);
    expect(() =>
      scorm12ManifestXml({
        ...PACKAGE,
        scos: [
          { id: 'a b', title: 'A', href: 'index.html' },
          { id: 'a-b', title: 'B', href: 'index.html' },
        ],
      }),
    ).toThrow(/same identifier/);
  });
});

describe('toXmlId', () => {
  it('keeps NCName characters and replaces the rest', () => {
    expect(toXmlId('res-', 'the-angry_caller.2')).toBe('res-the-angry_caller.2');
    expect(toXmlId('res-', 'a b:c/é')).toBe('res-a-b-c--');
  });
});
