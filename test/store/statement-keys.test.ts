/** The keys statements are stored under, read from the index of their first rows: every key, after changes too. */
import { describe, expect, it } from 'vitest';
import { oneArticleFile, openStoredCorpus, tempFolder } from '../support/stored-corpus.ts';

const inTemp = tempFolder('statement-keys-test');

const content = (file: string, paragraphs: string[]) =>
  oneArticleFile(file, paragraphs, file.startsWith('a') ? 'Harbour Gazette' : 'Quay Courier');

const open = (path: string) => {
  const opened = openStoredCorpus(path);
  const everyKey = () =>
    opened.index.database.prepare<[], string>('SELECT DISTINCT speaker FROM statements ORDER BY speaker').pluck().all();
  return { ...opened, everyKey };
};

describe('stored statement keys', () => {
  it('are every key statements are stored under, after a change and in a database made before the index', () => {
    const path = inTemp('keys.sqlite');
    const first = open(path);
    first.corpus.applyNow(
      [
        content('a-pier.md', [
          '"We will keep the pier open all winter," said Mara Quill.',
          '"The ferry runs twice a day," said Ivo Brent.',
        ]),
        content('b-pier.md', ['"We will keep the pier open all winter long," said Mara Quill.', '"Nobody asked us," said Quill.']),
      ],
      [],
    );
    first.corpus.statements.list();
    const keys = first.everyKey();
    expect(keys.length).toBeGreaterThan(1);
    expect(first.store.storedStatements().keys()).toEqual(keys);

    // A change regroups one speaker: its rows are written again.
    first.corpus.applyNow([content('b-pier.md', ['"The quay opens in June," said Ivo Brent.'])], []);
    first.corpus.statements.list();
    expect(first.store.storedStatements().keys()).toEqual(first.everyKey());
    // An older database, without the index: it is made when the database is opened.
    first.index.database.exec('DROP INDEX statements_first');
    first.index.close();

    const again = open(path);
    expect(again.store.storedStatements().keys()).toEqual(again.everyKey());
    expect(again.everyKey().length).toBeGreaterThan(1);
    again.index.close();
  });
});
