import { describe, expect, it } from 'vitest';
import { isScorm12Api, scorm12Calls, type Scorm12Api } from './scorm12-calls.ts';

function api(overrides: Partial<Scorm12Api> = {}): Scorm12Api {
  return {
    LMSInitialize: () => 'true',
    LMSFinish: () => 'true',
    LMSGetValue: () => 'value',
    LMSSetValue: () => 'true',
    LMSCommit: () => 'true',
    LMSGetLastError: () => '0',
    LMSGetErrorString: () => '',
    ...overrides,
  };
}

describe('scorm12Calls', () => {
  it('passes values through and accepts boolean true as some LMSs answer', () => {
    const calls = scorm12Calls(api({ LMSCommit: () => true, LMSGetLastError: () => 0 }));
    expect(calls.get('cmi.core.student_id')).toEqual({ ok: true, value: 'value' });
    expect(calls.commit()).toEqual({ ok: true, value: true });
  });

  it('explains an error code with the error string and diagnostic', () => {
    const calls = scorm12Calls(
      api({
        LMSSetValue: () => 'false',
        LMSGetLastError: () => '405',
        LMSGetErrorString: () => 'Incorrect Data Type',
        LMSGetDiagnostic: () => 'raw must be 0-100',
      }),
    );
    expect(calls.set('cmi.core.score.raw', '120')).toEqual({
      ok: false,
      message:
        'LMSSetValue("cmi.core.score.raw", "120") failed: LMS error 405 Incorrect Data Type (raw must be 0-100)',
    });
  });

  it('reports "false" without an error code, and an API that throws', () => {
    expect(scorm12Calls(api({ LMSFinish: () => 'false' })).finish()).toEqual({
      ok: false,
      message: 'LMSFinish("") failed: the LMS answered "false" without an error code',
    });
    const throwing = scorm12Calls(
      api({
        LMSGetValue: () => {
          throw new Error('Permission denied');
        },
      }),
    );
    expect(throwing.get('cmi.core.student_name')).toEqual({
      ok: false,
      message: 'LMSGetValue("cmi.core.student_name") failed: the LMS threw Permission denied',
    });
  });

  it('survives an LMS whose error functions throw too', () => {
    const calls = scorm12Calls(
      api({
        LMSCommit: () => 'false',
        LMSGetLastError: () => '391',
        LMSGetErrorString: () => {
          throw new Error('nope');
        },
      }),
    );
    expect(calls.commit()).toEqual({ ok: false, message: 'LMSCommit("") failed: LMS error 391' });
  });
});

describe('isScorm12Api', () => {
  it('wants the seven required functions', () => {
    expect(isScorm12Api(api())).toBe(true);
    expect(isScorm12Api({ ...api(), LMSCommit: 'yes' })).toBe(false);
    expect(isScorm12Api(null)).toBe(false);
    expect(isScorm12Api('API')).toBe(false);
  });
});
