/** The id a new scenario gets until the author names it (and so its file name, `new-scenario.yaml`). */
export const NEW_SCENARIO_ID = 'new-scenario';

/** A scenario id made from any name: lower case, `a-z0-9` and single hyphens, never empty. */
export function scenarioIdFrom(name: string): string {
  const id = name
    .toLowerCase()
    .replace(/\.(ya?ml|json)$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' ? NEW_SCENARIO_ID : id;
}

/**
 * The text of a new, valid scenario (it passes the checker with no problem): a comment that
 * says where to start, two customer turns, a timeout and the three usual endings, so every
 * key an author needs is there to copy. The id (made safe with {@link scenarioIdFrom}) must
 * match the file name: save it as `<id>.yaml`.
 */
export function newScenarioTemplate(name: string = NEW_SCENARIO_ID): string {
  const id = scenarioIdFrom(name);
  return `# A new Extra Mile scenario. Where to start:
#  1. Give it a title, a summary and a customer (mood 0 = furious, 100 = delighted).
#  2. Rewrite the first turn (machine.states.first_message): what the customer says, then one
#     option per reply the trainee can pick. Each option leads to another turn or an ending.
#  3. Mark every option: tone -2..2, promptness -2..2, extraMile 0..2, mood -100..100,
#     with feedback for the coach. Endings are 'type: final' states with 'meta.ending'.
#  Problems show under the text as you type; Ctrl+Space suggests keys and values.
#  Keep the id equal to the file name (${id}.yaml). The guide: scenarios/README.md.
format: cx-scenario/1
id: ${id}
title: A new scenario
summary: A customer asks where their order is.
channel: chat
difficulty: 1
minutes: 3
skills: [tone, promptness, extraMile]
customer:
  name: Sam
  profile: Ordered a lamp a week ago.
  mood: 50
machine:
  id: ${id}
  initial: first_message
  states:
    first_message:
      meta:
        customer: Hi, my lamp was due on Monday and it still hasn't come. Where is it?
        replyWithin: 30
      after:
        # No reply within 60 seconds (60000 ms): the customer chases.
        60000: chases
      on:
        track_it_now:
          target: offers_refund
          meta:
            reply: Sorry Sam, let me look now. It's at the depot and goes out today.
            tone: 2
            promptness: 1
            mood: 20
            feedback: Apologises, checks at once and gives a real answer.
            principle: own-the-problem
        send_faq:
          target: lost
          meta:
            reply: Please see our delivery FAQ.
            tone: -1
            mood: -30
            feedback: The FAQ does not say where this order is.
            principle: listen-and-understand
    chases:
      meta:
        customer: Hello? Is anyone there?
      on:
        apologise:
          target: offers_refund
          meta:
            reply: So sorry for the wait, Sam. Your lamp goes out today.
            tone: 1
            promptness: -1
            mood: 5
            feedback: Better late than never, but she had to chase you.
            principle: respond-promptly
        say_nothing:
          target: lost
          meta:
            reply: (say nothing)
            promptness: -2
            mood: -40
            feedback: Silence loses customers.
            principle: respond-promptly
    offers_refund:
      meta:
        customer: OK, thanks. It's a shame it's late, I wanted it for the weekend.
      on:
        refund_delivery:
          target: delighted
          meta:
            reply: I've refunded the delivery charge, and it will be with you by Friday.
            tone: 2
            extraMile: 2
            mood: 30
            feedback: A small gesture that turns a late parcel into a good story.
            principle: go-the-extra-mile
        just_confirm:
          target: satisfied
          meta:
            reply: It will be with you by Friday.
            tone: 1
            mood: 5
            feedback: Correct, but nothing more.
            principle: own-the-problem
    delighted:
      type: final
      meta:
        ending:
          title: Sam tells friends about you
          text: A late parcel became a reason to come back.
          retained: true
          review: 5
    satisfied:
      type: final
      meta:
        ending:
          title: Sam gets the lamp, and shops around next time
          retained: true
          review: 3
    lost:
      type: final
      meta:
        ending:
          title: Sam cancels the order
          retained: false
          review: 1
`;
}
