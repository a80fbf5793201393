import holidayData from 'chinese-days/dist/chinese-days.json';
import { createWorkingDayCalendar } from './working-days';

/**
 * Mainland public holidays and make-up working days from the `chinese-days` package (maintained from the
 * State Council's yearly notices). Update the package each December when the next year's notice is out.
 */
export const chinaWorkingDays = createWorkingDayCalendar({
  holidays: Object.keys(holidayData.holidays),
  makeUpWorkdays: Object.keys(holidayData.workdays),
});
