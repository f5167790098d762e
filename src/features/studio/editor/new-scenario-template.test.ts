import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../core/analysis/check-scenario.ts';
import { NEW_SCENARIO_ID, newScenarioTemplate, scenarioIdFrom } from './new-scenario-template.ts';

describe('the new scenario template', () => {
  it('passes the checker with no problem at all', () => {
    const result = checkScenario(newScenarioTemplate(), `${NEW_SCENARIO_ID}.yaml`);
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.analysis.unreachableEndings).toEqual([]);
      expect(result.loaded.scenario.id).toBe(NEW_SCENARIO_ID);
    }
  });

  it('takes the id from a name, and then matches that file name', () => {
    const text = newScenarioTemplate('Refund, Please!');
    expect(text).toContain('id: refund-please\n');
    expect(checkScenario(text, 'refund-please.yaml').diagnostics).toEqual([]);
  });

  it('starts with a comment that says where to start', () => {
    expect(newScenarioTemplate().split('\n')[0]).toMatch(/^# /);
    expect(newScenarioTemplate()).toMatch(/Where to start/);
  });

  it('makes a safe id from any name', () => {
    expect(scenarioIdFrom('My Angry Caller.yaml')).toBe('my-angry-caller');
    expect(scenarioIdFrom('--__--')).toBe(NEW_SCENARIO_ID);
    expect(scenarioIdFrom('')).toBe(NEW_SCENARIO_ID);
  });
});
