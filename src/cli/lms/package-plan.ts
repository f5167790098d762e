import { lmsLaunchHref } from '../../features/lms/lms-launch.ts';
import type { MoveOn } from '../../features/lms/cmi5-move-on.ts';
import type { Cmi5Course } from './cmi5-course-xml.ts';
import type { LmsScenario } from './lms-scenarios.ts';
import type { Scorm12Package } from './scorm12-manifest-xml.ts';

/** One package to write: a single scenario, or the library of several. */
export interface PlannedPackage {
  /** Used in the file names: the scenario id, or `library`. */
  name: string;
  /** Course title. */
  title: string;
  /** Course description. */
  description: string;
  /** The scenarios it launches, in order. */
  scenarios: readonly LmsScenario[];
}

/** Title of a package that holds several scenarios. */
export const LIBRARY_TITLE = 'Extra Mile: customer conversations';
/** Language of every title and description the scenarios are written in. */
export const CONTENT_LANG = 'en';

/** One package per scenario, or one library package holding them all. */
export function planPackages(
  scenarios: readonly LmsScenario[],
  library: boolean,
): PlannedPackage[] {
  if (!library) {
    return scenarios.map((s) => ({
      name: s.id,
      title: s.title,
      description: s.description,
      scenarios: [s],
    }));
  }
  const titles = scenarios.map((s) => s.title).join('; ');
  return [
    {
      name: 'library',
      title: LIBRARY_TITLE,
      description: `Practise customer conversations, scored on tone, promptness and going the extra mile: ${titles}.`,
      scenarios,
    },
  ];
}

/** The cmi5 course of a package: course and AU ids under the IRI base, one AU per scenario. */
export function cmi5CourseOf(pkg: PlannedPackage, iriBase: string, moveOn: MoveOn): Cmi5Course {
  return {
    id: `${iriBase}course/${encodeURIComponent(pkg.name)}`,
    title: pkg.title,
    description: pkg.description,
    lang: CONTENT_LANG,
    aus: pkg.scenarios.map((s) => ({
      id: `${iriBase}scenario/${encodeURIComponent(s.id)}`,
      title: s.title,
      description: s.description,
      url: lmsLaunchHref('cmi5', s.id),
      masteryScore: s.pass / 100,
      moveOn,
    })),
  };
}

/** The SCORM 1.2 package of a package: one SCO per scenario, each listing every app file. */
export function scorm12PackageOf(pkg: PlannedPackage, files: readonly string[]): Scorm12Package {
  return {
    identifier: `extra-mile-${pkg.name}`,
    title: pkg.title,
    scos: pkg.scenarios.map((s) => ({
      id: s.id,
      title: s.title,
      href: lmsLaunchHref('scorm12', s.id),
      masteryScore: s.pass,
    })),
    files,
  };
}
