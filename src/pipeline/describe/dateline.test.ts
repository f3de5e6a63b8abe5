import { describe, expect, it } from 'vitest';
import { deriveTitle, stripDateline } from './title.ts';

describe('stripDateline', () => {
  it('removes wire datelines so a derived title starts with the news', () => {
    expect(stripDateline('PORT ANSELM, Marovia (AP) _ A crowded ferry capsized on Sunday.')).toBe('A crowded ferry capsized on Sunday.');
    expect(stripDateline('LONDON (Reuters) - Shares fell sharply on Monday after the report.')).toBe('Shares fell sharply on Monday after the report.');
    expect(stripDateline('WASHINGTON — The Senate voted on Tuesday to pass the bill.')).toBe('The Senate voted on Tuesday to pass the bill.');
    expect(stripDateline('NASA said on Monday the launch was delayed.')).toBe('NASA said on Monday the launch was delayed.');
    expect(deriveTitle('LONDON (Reuters) - Shares fell sharply on Monday after the report.')).toBe('Shares fell sharply on Monday after the report');
  });
});
