import { escapeXml, xmlAttr } from './xml-escape.ts';

/** IMS Content Packaging 1.1.2, the root namespace of a SCORM 1.2 manifest. */
export const IMSCP_NAMESPACE = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
/** ADL's SCORM 1.2 extensions (scormtype, masteryscore). */
export const ADLCP_NAMESPACE = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';

const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';
const SCHEMA_LOCATION = `${IMSCP_NAMESPACE} imscp_rootv1p1p2.xsd ${ADLCP_NAMESPACE} adlcp_rootv1p2.xsd`;

/** One SCO of the package: a scenario the LMS launches and tracks. */
export interface Scorm12Sco {
  /** Scenario id, made into the item's and resource's XML identifiers. */
  id: string;
  /** Title shown by the LMS. */
  title: string;
  /** Launch URL, relative to the package root (may carry a query string). */
  href: string;
  /** Pass mark 0..100 the LMS hands the SCO as cmi.student_data.mastery_score. */
  masteryScore?: number;
}

/** A SCORM 1.2 package: one organization with one item per SCO. */
export interface Scorm12Package {
  /** Identifier of the manifest, unique per package. */
  identifier: string;
  /** Title of the organization (what the LMS calls the course). */
  title: string;
  /** At least one SCO. */
  scos: readonly Scorm12Sco[];
  /** Every file in the package besides the manifest, relative with `/` separators. */
  files: readonly string[];
}

/**
 * An XML identifier (xs:ID, so an NCName) made from free text: letters, digits, `-`, `_`
 * and `.` survive, anything else becomes `-`, and a prefix guarantees a letter first.
 */
export function toXmlId(prefix: string, text: string): string {
  return `${prefix}${text.replace(/[^A-Za-z0-9._-]/g, '-')}`;
}

/** A file path as a relative URL: each segment percent-encoded where it must be. */
function fileHref(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function itemXml(sco: Scorm12Sco): string {
  const lines = [
    `      <item${xmlAttr('identifier', toXmlId('item-', sco.id))}${xmlAttr('identifierref', toXmlId('res-', sco.id))}${xmlAttr('isvisible', 'true')}>`,
    `        <title>${escapeXml(sco.title)}</title>`,
  ];
  if (sco.masteryScore !== undefined) {
    lines.push(`        <adlcp:masteryscore>${sco.masteryScore}</adlcp:masteryscore>`);
  }
  lines.push('      </item>');
  return lines.join('\n');
}

function resourceXml(sco: Scorm12Sco, files: readonly string[]): string {
  return [
    `    <resource${xmlAttr('identifier', toXmlId('res-', sco.id))}${xmlAttr('type', 'webcontent')}${xmlAttr('adlcp:scormtype', 'sco')}${xmlAttr('href', sco.href)}>`,
    ...files.map((file) => `      <file${xmlAttr('href', fileHref(file))}/>`),
    '    </resource>',
  ].join('\n');
}

/**
 * The `imsmanifest.xml` of a SCORM 1.2 package. Every SCO lists every file it needs,
 * which is the whole app: each scenario is the same page with another query string.
 */
export function scorm12ManifestXml(pkg: Scorm12Package): string {
  if (pkg.scos.length === 0) throw new RangeError('a SCORM package needs at least one SCO');
  const ids = new Set(pkg.scos.map((sco) => toXmlId('', sco.id)));
  if (ids.size !== pkg.scos.length) throw new RangeError('two SCOs would get the same identifier');
  const files = [...pkg.files].sort();
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest${xmlAttr('identifier', toXmlId('manifest-', pkg.identifier))}${xmlAttr('version', '1.0')}${xmlAttr('xmlns', IMSCP_NAMESPACE)}${xmlAttr('xmlns:adlcp', ADLCP_NAMESPACE)}${xmlAttr('xmlns:xsi', XSI_NAMESPACE)}${xmlAttr('xsi:schemaLocation', SCHEMA_LOCATION)}>`,
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    '  </metadata>',
    `  <organizations${xmlAttr('default', 'organization')}>`,
    `    <organization${xmlAttr('identifier', 'organization')}>`,
    `      <title>${escapeXml(pkg.title)}</title>`,
    ...pkg.scos.map(itemXml),
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    ...pkg.scos.map((sco) => resourceXml(sco, files)),
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
