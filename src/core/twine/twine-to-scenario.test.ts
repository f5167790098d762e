import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../scenario/diagnostic.ts';
import { loadScenario } from '../scenario/load-scenario.ts';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import type { StateConfig } from '../scenario/scenario-types.ts';
import { twineToScenario, type TwineImport } from './twine-to-scenario.ts';

/** A Twee 3 story written for this test: every link syntax, a missing passage, an orphan. */
const REFUND_TWEE = `:: StoryTitle
Refund Request

:: StoryData
{
  "ifid": "D674C58C-DEFA-4F70-B7A2-27742230C0FC",
  "format": "Harlowe",
  "format-version": "3.3.8",
  "start": "Opening"
}

:: Opening [intro] {"position":"100,100"}
Hi, I was charged twice for my order.

[[Sorry! Let me check that for you.->Check]]
[[Refund<-Please read our FAQ]]
[[Call the bank|Bank]]

:: Check
You're right, there are two charges.
[[Refund them both now->Refund]]
[[Refund one->Refund]]
[[Ask for a screenshot->Screenshot]]

:: Refund
Thank you, that was quick!

:: Screenshot
(if: $angry)[Ugh.] Fine. Here it is.
[[Thanks->Refund]]
[[Check again->Check]]

:: Orphan
Nobody links here. [[Refund]]

:: StoryInit
<<set $angry to true>>
`;

/** A published Twine 2 HTML file written for this test: entities, a pid start, duplicate link texts. */
const CAFE_HTML = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Café &amp; Chat</title></head><body>
<tw-storydata name="Café &amp; Chat" startnode="2" creator="Twine" creator-version="2.6.2" ifid="8A3E1B5C-2F4D-4E6A-9B7C-1D2E3F4A5B6C" zoom="1" format="Harlowe" format-version="3.3.8" options="" hidden>
<style role="stylesheet" id="twine-user-stylesheet" type="text/twine-css">tw-story { color: red; }</style>
<script role="script" id="twine-user-script" type="text/twine-javascript"></script>
<tw-passagedata pid="1" name="Goodbye" tags="" position="400,100" size="100,100">Bye &amp; thanks!</tw-passagedata>
<tw-passagedata pid="2" name="Hello" tags="" position="100,100" size="100,100">Do you have oat milk?
[[Yes, of course-&gt;Goodbye]]
[[No, sorry-&gt;Hello again]]</tw-passagedata>
<tw-passagedata pid="3" name="Hello again" tags="" position="250,100" size="100,100">Oh. Then what &quot;milk&quot; do you have?
[[Yes]]
[[yes-&gt;Goodbye]]</tw-passagedata>
</tw-storydata>
</body></html>
`;

function imported(text: string, file: string): Extract<TwineImport, { ok: true }> {
  const result = twineToScenario(text, file);
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** Loads the draft as the studio will save it; fails the test on any error diagnostic. */
function loads(result: Extract<TwineImport, { ok: true }>): LoadedScenario {
  const loaded = loadScenario(result.yaml, `${result.scenarioId}.yaml`);
  if (!loaded.ok) {
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    throw new Error(`the draft does not load:\n${errors.join('\n')}\n\n${result.yaml}`);
  }
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return loaded.loaded;
}

const stateOf = (loaded: LoadedScenario, key: string): StateConfig => {
  const state = loaded.scenario.machine.states?.[key];
  if (state === undefined) throw new Error(`no state '${key}'`);
  return state;
};

describe('twineToScenario on Twee 3', () => {
  const result = imported(REFUND_TWEE, 'refund.twee');
  const loaded = loads(result);

  it('takes the id and title from the story title, and defaults for the rest', () => {
    expect(result.scenarioId).toBe('refund-request');
    expect(loaded.scenario).toMatchObject({
      id: 'refund-request',
      title: 'Refund Request',
      channel: 'chat',
      difficulty: 1,
      skills: ['tone', 'promptness'],
      customer: { name: 'Customer', mood: 50 },
    });
    expect(loaded.scenario.machine.id).toBe('refund-request');
    expect(result.yaml).toMatch(/^# Imported from refund\.twee \(Twee 3\)\./);
  });

  it('makes the start passage initial and keeps only the passages it reaches', () => {
    expect(loaded.scenario.machine.initial).toBe('opening');
    expect(Object.keys(loaded.scenario.machine.states ?? {})).toEqual([
      'opening',
      'check',
      'refund',
      'screenshot',
      'bank',
    ]);
  });

  it('turns passages into turns and links (every syntax) into options', () => {
    expect(stateOf(loaded, 'opening')).toEqual({
      meta: { customer: 'Hi, I was charged twice for my order.' },
      on: {
        sorry_let_me_check_that_for_you: {
          target: 'check',
          meta: { reply: 'Sorry! Let me check that for you.' },
        },
        please_read_our_faq: { target: 'refund', meta: { reply: 'Please read our FAQ' } },
        call_the_bank: { target: 'bank', meta: { reply: 'Call the bank' } },
      },
    });
    expect(Object.keys(stateOf(loaded, 'check').on ?? {})).toEqual([
      'refund_them_both_now',
      'refund_one',
      'ask_for_a_screenshot',
    ]);
    expect(stateOf(loaded, 'screenshot').on?.['check_again']).toEqual({
      target: 'check',
      meta: { reply: 'Check again' },
    });
  });

  it('turns passages without links into endings, and missing passages into placeholder endings', () => {
    expect(stateOf(loaded, 'refund')).toEqual({
      type: 'final',
      meta: {
        ending: { title: 'Refund', text: 'Thank you, that was quick!', retained: true, review: 3 },
      },
    });
    expect(stateOf(loaded, 'bank')).toMatchObject({
      type: 'final',
      meta: { ending: { title: 'Bank', retained: true, review: 3 } },
    });
    expect(loaded.graph.states.get('refund-request.bank')?.kind).toBe('final');
  });

  it('reports what still needs work', () => {
    expect(result.report).toEqual([
      "set the channel, difficulty, play time, skills and customer: the draft says chat, difficulty 1, 2 minutes, tone and promptness, 'Customer' at mood 50",
      "passage 'Orphan' cannot be reached from the start passage 'Opening': left out",
      "passage 'StoryInit' is story-format code, not part of the conversation: left out",
      "passage 'Opening' links to 'Bank', which does not exist: the link leads to a placeholder ending 'bank' to write",
      "passage 'Opening' has no scores: give its replies tone, promptness and extraMile marks (and their effect on mood)",
      "passage 'Check' has no scores: give its replies tone, promptness and extraMile marks (and their effect on mood)",
      "passage 'Screenshot' looks like it has story-format code (such as <<set>> or (if:)), kept as plain text: rewrite it as guards and actions",
      "passage 'Screenshot' has no scores: give its replies tone, promptness and extraMile marks (and their effect on mood)",
      "ending 'Refund' needs outcome and stars: set retained (does the customer stay?) and review (1 to 5 stars); both are placeholders now",
      "ending 'Bank' needs outcome and stars: set retained (does the customer stay?) and review (1 to 5 stars); both are placeholders now",
    ]);
  });
});

describe('twineToScenario on published Twine 2 HTML', () => {
  const result = imported(CAFE_HTML, 'Café Chat.html');
  const loaded = loads(result);

  it('reads the story data: title, start node, decoded text', () => {
    expect(result.scenarioId).toBe('cafe-chat');
    expect(loaded.scenario.title).toBe('Café & Chat');
    expect(loaded.scenario.machine.initial).toBe('hello');
    expect(stateOf(loaded, 'hello_again').meta?.customer).toBe('Oh. Then what "milk" do you have?');
    expect(stateOf(loaded, 'goodbye').meta?.ending?.text).toBe('Bye & thanks!');
    expect(result.yaml).toMatch(/^# Imported from Café Chat\.html \(Twine 2 HTML\)\./);
  });

  it('makes option ids unique and valid, and state keys unique', () => {
    expect(stateOf(loaded, 'hello_again').on).toEqual({
      yes: { target: 'yes', meta: { reply: 'Yes' } },
      yes_2: { target: 'goodbye', meta: { reply: 'yes' } },
    });
    expect(Object.keys(stateOf(loaded, 'hello').on ?? {})).toEqual(['yes_of_course', 'no_sorry']);
    expect(stateOf(loaded, 'yes').type).toBe('final');
  });
});

describe('twineToScenario on awkward stories', () => {
  it('gives passages that only go round in circles a way out, so the draft loads', () => {
    const result = imported(
      ':: Start\nHello? [[Again->Loop]]\n\n:: Loop\nStill here. [[Back->Start]] [[Wait->Loop]]\n',
      'circle.twee',
    );
    const loaded = loads(result);
    expect(result.scenarioId).toBe('circle');
    expect(stateOf(loaded, 'start').on?.['wrap_up']).toEqual({
      target: 'unfinished',
      meta: { reply: '(Write a reply that ends the conversation.)' },
    });
    expect(stateOf(loaded, 'unfinished').type).toBe('final');
    expect(result.report).toContain(
      "passage 'Loop' cannot reach an ending (its links go round in a circle): it got a placeholder reply leading to the ending 'Unfinished'",
    );
  });

  it('names states after odd passage names within the format rules', () => {
    const result = imported(
      ':: Start\n[[1st reply->2 Refund?]] [[Über->über]] [[c->constructor]]\n\n:: 2 Refund?\nok\n\n:: über\nja\n\n:: constructor\nx\n',
      'odd-names.twee',
    );
    const loaded = loads(result);
    expect(Object.keys(loaded.scenario.machine.states ?? {})).toEqual([
      'start',
      'passage_2_refund',
      'uber',
      'constructor_2',
    ]);
    expect(Object.keys(stateOf(loaded, 'start').on ?? {})).toEqual([
      'reply_1st_reply',
      'uber',
      'c',
    ]);
  });

  it('stands the passage name in for a turn with nothing but links', () => {
    const result = imported(':: Start\n[[Hi->End]] [[Bye->End]]\n\n:: End\n', 'bare.twee');
    const loaded = loads(result);
    expect(stateOf(loaded, 'start').meta?.customer).toBe('Start');
    expect(stateOf(loaded, 'end').meta?.ending).toEqual({
      title: 'End',
      retained: true,
      review: 3,
    });
    expect(result.report).toContain(
      "passage 'Start' has no text apart from its links: its name stands in for what the customer says",
    );
  });
});

describe('twineToScenario on broken input', () => {
  it.each([
    [
      'not Twine at all',
      'Dear team, please refund me.',
      'note.txt',
      /'note\.txt' is not a Twine story: it is neither Twee 3/,
    ],
    [
      'an HTML page without story data',
      '<!DOCTYPE html><html><body>Hi</body></html>',
      'page.html',
      /an HTML file without Twine 2 story data/,
    ],
    ['an empty file', '  \n', 'empty.twee', /'empty\.twee' is empty/],
    [
      'an empty story',
      ':: StoryTitle\nNothing\n\n:: StoryData\n{"ifid": "D674C58C-DEFA-4F70-B7A2-27742230C0FC"}\n',
      'nothing.twee',
      /has no passages: the story is empty/,
    ],
    [
      'no start passage',
      ':: Intro\nHi [[Bye]]\n\n:: Bye\nbye\n',
      'nostart.twee',
      /does not say which passage starts: name a passage "Start"/,
    ],
    [
      'a start passage that does not exist',
      ':: StoryData\n{"start": "Begin"}\n\n:: Intro\nHi [[Bye]]\n',
      'gone.twee',
      /starts at passage 'Begin', which does not exist/,
    ],
    [
      'a start passage without links',
      ':: Start\nHello.\n\n:: Other\n[[Start]]\n',
      'flat.twee',
      /the start passage 'Start' has no links/,
    ],
    [
      'a malformed Twee header',
      ':: \nno name\n',
      'bad.twee',
      /could not be read as Twee 3: Malformed passage header/,
    ],
    [
      'Twine 2 HTML whose startnode names no passage',
      '<tw-storydata name="X" startnode="9" ifid="8A3E1B5C-2F4D-4E6A-9B7C-1D2E3F4A5B6C"><tw-passagedata pid="1" name="A">[[B]]</tw-passagedata></tw-storydata>',
      'x.html',
      /startnode attribute names no passage/,
    ],
  ])('%s: a plain message', (_name, text, file, message) => {
    const result = twineToScenario(text, file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
