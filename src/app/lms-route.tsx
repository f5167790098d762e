import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { AttemptLog } from '../core/attempt/attempt-log.ts';
import type { Scorecard } from '../core/scoring/scorecard-types.ts';
import { connectToLms, type LmsConnection, type LmsCourse } from '../features/lms/lms-course.ts';
import type { LmsLaunch } from '../features/lms/lms-launch.ts';
import { PlayerPage } from '../features/player/player-page.tsx';
import { markContentShown } from './content-shown.ts';
import { LazyScorecard, loadScorecard } from './lazy-scorecard.tsx';
import { shippedCard } from './shipped-library.ts';
import { useShippedScenario } from './use-shipped-scenarios.ts';

/** What the learner is called when the LMS gives no name. */
const NAMELESS = 'Learner';

/**
 * One connection per launch for the page's life: LMSInitialize may be called once, and a
 * cmi5 fetch URL gives its token once, so a remount (React's development double effects,
 * an error boundary's retry) must reuse the session, not open a second one.
 */
const connections = new Map<string, Promise<LmsConnection>>();

function connectOnce(launch: LmsLaunch, passMark: number): Promise<LmsConnection> {
  const key = `${launch.kind}\n${launch.scenarioId}\n${window.location.search}`;
  let connection = connections.get(key);
  if (connection === undefined) {
    connection = connectToLms(launch, window.location.search, passMark);
    connections.set(key, connection);
  }
  return connection;
}

/** A page of its own (connecting, a problem, done), its heading focused when it replaces another. */
function Shell({ title, children }: { title: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Each new page (a new title) takes the focus, also when it replaces another such page.
  useEffect(() => heading.current?.focus(), [title]);
  return (
    <main className="app-shell">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </main>
  );
}

/** How the report went, for the page shown after leaving. */
type Reported = 'sent' | 'refused' | undefined;

/**
 * A scenario launched by an LMS (`?lms=scorm12|cmi5&scenario=<id>`): connects to the course,
 * plays the scenario as the LMS's learner (in Assessment mode when results are recorded),
 * reports the result once when the scorecard appears, and leaves through the LMS. When the
 * LMS cannot be reached the trainee is told why and may still play, unrecorded.
 */
export default function LmsRoute({ launch }: { launch: LmsLaunch }) {
  const card = shippedCard(launch.scenarioId);
  const [connection, setConnection] = useState<LmsConnection | undefined>();
  const [playAnyway, setPlayAnyway] = useState(false);
  const [left, setLeft] = useState(false);
  const [reported, setReported] = useState<Reported>();
  const load = useShippedScenario(launch.scenarioId);

  useEffect(() => {
    let live = true;
    // Connected even when the scenario is missing, so the learner can leave through the course.
    void connectOnce(launch, card?.scoring.pass ?? 100).then((c) => live && setConnection(c));
    return () => {
      live = false;
    };
  }, [launch, card]);

  const exit = (course: LmsCourse) => void course.exit().then(() => setLeft(true));
  if (left) {
    return (
      <Shell title="Done">
        <p>
          {reported === 'sent'
            ? 'Your course has your result. '
            : reported === 'refused'
              ? 'Your course did not take your result (see the message before). '
              : 'Nothing was sent to your course for this attempt. '}
          You can close this window.
        </p>
      </Shell>
    );
  }
  if (card === undefined || load?.status === 'missing') {
    return (
      <Shell title="Scenario not found">
        <p role="alert">
          This course asks for the scenario “{launch.scenarioId}”, which this version of Extra Mile
          does not have. Tell whoever runs the course: the package may be out of date.
        </p>
        {connection?.kind === 'course' && (
          <button type="button" onClick={() => exit(connection.course)}>
            Back to the course
          </button>
        )}
      </Shell>
    );
  }
  if (load?.status === 'failed') {
    return (
      <Shell title="This scenario cannot be opened">
        <p role="alert">{load.message}</p>
      </Shell>
    );
  }
  if (connection === undefined || load === undefined) {
    return (
      <Shell title={card.title}>
        <p role="status">Connecting to your course…</p>
      </Shell>
    );
  }
  if (connection.kind === 'standalone' && !playAnyway) {
    return (
      <Shell title={card.title}>
        <p role="alert">{connection.reason}</p>
        <button type="button" onClick={() => setPlayAnyway(true)}>
          Play anyway (not recorded by the course)
        </button>
      </Shell>
    );
  }
  const course = connection.kind === 'course' ? connection.course : undefined;
  const records = course?.recordsResults === true;
  return (
    <>
      {course !== undefined && !records && (
        <aside aria-label="Your course" className="app-shell">
          <p>Your course opened this scenario to browse or review: this attempt is not recorded.</p>
        </aside>
      )}
      <PlayerPage
        key={launch.scenarioId}
        loaded={load.loaded}
        trainee={course?.learnerName || NAMELESS}
        mode={records ? 'assessment' : 'practice'}
        onExit={() => {
          if (course === undefined) setLeft(true);
          else exit(course);
        }}
        onNext={undefined}
        exitLabel={course === undefined ? 'Leave' : 'Back to the course'}
        renderScorecard={(props) => {
          const counted = records && props.log.mode === 'assessment';
          return (
            <>
              {course !== undefined && records && (
                <ReportToCourse
                  course={course}
                  scorecard={props.scorecard}
                  log={props.log}
                  onReported={setReported}
                />
              )}
              {/* The course takes one result per launch: a retry is a new launch from the LMS. */}
              <LazyScorecard {...props} onRetry={counted ? undefined : props.onRetry} />
            </>
          );
        }}
        onShown={() => {
          markContentShown();
          void loadScorecard();
        }}
      />
    </>
  );
}

/** Props of {@link ReportToCourse}. */
interface ReportToCourseProps {
  course: LmsCourse;
  scorecard: Scorecard;
  log: AttemptLog;
  onReported: (outcome: Reported) => void;
}

/** Sends the result once, when the scorecard first shows, and says how it went. */
function ReportToCourse({ course, scorecard, log, onReported }: ReportToCourseProps) {
  const sent = useRef(false);
  // A practice attempt left unfinished earlier under the same name resumes as practice: it
  // is not the assessment, so it is not the course's result.
  const practice = log.mode !== 'assessment';
  const [outcome, setOutcome] = useState<string>(
    practice
      ? 'This attempt was started earlier as practice, so it is not sent to your course. Choose Try again to take the assessment.'
      : 'Sending your result to your course…',
  );
  useEffect(() => {
    if (sent.current || practice) return;
    sent.current = true;
    void course
      .report({ ended: scorecard.ending !== null, score: scorecard.overall })
      .then((report) => {
        onReported(report.problems.length === 0 ? 'sent' : 'refused');
        const verdict =
          report.passed === undefined
            ? ''
            : ` By your course's pass mark (${course.passMark}), you ${report.passed ? 'passed' : 'did not pass'}.`;
        setOutcome(
          report.problems.length === 0
            ? `Your course has your result.${verdict}`
            : `Your course did not take everything: ${report.problems.join(' ')}`,
        );
      });
  }, [course, scorecard, practice, onReported]);
  return (
    <p role="status" className="app-shell">
      {outcome}
    </p>
  );
}
