/**
 * Title words that precede a personal name (`Russian President Vladimir Putin`) and the surnames that
 * are also titles or months (`Theresa May`, `Peter King`).
 */
import { hasPossessiveS } from '../../text/marks.ts';

/** Titles and roles that precede a personal name and are not part of it (`Russian President Vladimir Putin`). */
export const TITLES = new Set(
  `mr mrs ms miss mx dr prof professor sir dame lord lady madam president vice prime minister secretary general
secretary-general chancellor premier king queen prince princess pope sen senator rep representative congressman
congresswoman gov governor mayor judge justice chief chairman chairwoman chair speaker leader ambassador envoy
spokesman spokeswoman spokesperson adviser advisor aide director commissioner attorney candidate nominee gen col
lt maj capt sgt adm admiral commander rev reverend father sheikh emir ayatollah crown deputy foreign defence defense
interior finance former first house senate majority minority whip campaign manager ceo founder host anchor actor actress singer comedian rapper author
correspondent editor chaplain pastor rabbi imam pollster strategist official officer head councilman councilwoman coach archbishop bishop
cardinal marshal colonel captain sergeant lieutenant major minister's sec state
member councilmember justices senators democrat republican democratic independent co-founder chairperson president-elect nominee-elect businessman businesswoman billionaire mogul
superintendent sheriff prosecutor detective inspector trooper constable comptroller auditor administrator
dean provost principal economist scientist researcher analyst lawyer councillor councilor alderman alderwoman assemblyman
assemblywoman assemblymember legislator lawmaker columnist commentator reporter activist organizer organiser`.split(/\s+/),
);

export const isTitle = (lower: string): boolean => TITLES.has(lower) || (hasPossessiveS(lower) && TITLES.has(lower.slice(0, -2)));

/**
 * Surnames that are also months or titles (`Theresa May`, `Peter King`): after a known forename they
 * stay in the name (not `Theresa` speaking in May), and alone (`May said`, `Added King,`) they are the
 * surname of someone the article has named (the resolver looks them up).
 */
export const WORD_SURNAMES = new Set(['may', 'june', 'august', 'april', 'king', 'bishop', 'major', 'dean', 'judge', 'marshal', 'pope']);
