import { describe, expect, it } from 'vitest';
import { anchorOf, findDates } from './index.ts';

const A = anchorOf('2020-06-11T17:56:00Z'); // a Thursday

function dates(text: string, anchor = A): string[] {
  return findDates(text, anchor).map((d) => `${d.date}${d.endDate ? '..' + d.endDate : ''}/${d.precision}${d.relative ? '*' : ''}`);
}

describe('findDates', () => {
  const cases: Array<[string, string[]]> = [
    ['It happened on June 11, 2020, in Seattle.', ['2020-06-11/day']],
    ['It happened on 11 June 2020.', ['2020-06-11/day']],
    ['IBM quit on June 8-9, 2020 and 8–9 June 2020.', ['2020-06-08..2020-06-09/day', '2020-06-08..2020-06-09/day']],
    ['The law passed in March 2020.', ['2020-03/month']],
    ['The law passed in Sept. 2019.', ['2019-09/month']],
    ['It was asking Congress back in 2018.', ['2018/year']],
    ['Prices rose from 2018 to 2020.', ['2018..2020/year']],
    ['By mid-2018 it was over.', ['2018/year']],
    ['The report is dated 2020-06-09.', ['2020-06-09/day']],
    ['He announced last November it would audit the firm.', ['2019-11/month*']],
    ['In March, the fund stopped investing.', ['2020-03/month*']],
    ['The vote is scheduled for September 3.', ['2020-09-03/day*']],
    ['He said it on June 2.', ['2020-06-02/day*']],
    ['Smith spoke Thursday morning.', ['2020-06-11/day*']],
    ['Smith spoke on Monday.', ['2020-06-08/day*']],
    ['Smith spoke last Thursday.', ['2020-06-04/day*']],
    ['Last year, Microsoft took down a database.', ['2019/year*']],
    ['Two years ago, the ACLU began calling.', ['2018/year*']],
    ['A year ago, the fund invested.', ['2019/year*']],
    ['He praised the rules earlier this year.', ['2020/year*']],
    ['It happened three months ago.', ['2020-03/month*']],
    ['It happened yesterday.', ['2020-06-10/day*']],
    ['For the past two years we have been focused on this.', []],
    ['It may rain. We march on. They sold 2018 units.', []],
    ['He said it last week.', []],
    ['The 2020 election was close.', []],
  ];
  for (const [text, expected] of cases) it(text, () => expect(dates(text)).toEqual(expected));

  it('skips everything relative without an anchor', () => {
    expect(dates('Last year, on Thursday, in March, two years ago, in 2018.', null)).toEqual(['2018/year']);
  });
  it('anchorOf rejects junk', () => {
    expect(anchorOf('not a date')).toBeNull();
    expect(anchorOf('2020-02-30')).toBeNull();
    expect(anchorOf(null)).toBeNull();
  });
  it('is linear on hostile input', () => {
    const text = 'June 11, '.repeat(50_000) + 'last '.repeat(50_000) + '2020-'.repeat(50_000);
    const t0 = Date.now();
    findDates(text, A);
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});
