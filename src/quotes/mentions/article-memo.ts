/**
 * Answers remembered for the article being read: attribution asks the same question of one text many
 * times (is `Rite Aid` written like a company's name here?), and each answer depends only on the text
 * and the key. A memo forgets everything as soon as it is asked about another text.
 *
 * @example
 * const memo = new ArticleMemo<string, boolean>();
 * memo.get(text, 'Rite Aid', scanForCompany); // computed: scanForCompany(text, 'Rite Aid')
 * memo.get(text, 'Rite Aid', scanForCompany); // remembered
 */
export class ArticleMemo<K, V> {
  private text = '';
  private readonly values = new Map<K, V>();

  /** `compute(text, key)`, computed once per key while the memo is asked about this same text. */
  get(text: string, key: K, compute: (text: string, key: K) => V): V {
    if (text !== this.text) {
      this.text = text;
      this.values.clear();
    }
    let v = this.values.get(key);
    if (v === undefined && !this.values.has(key)) {
      v = compute(text, key);
      this.values.set(key, v);
    }
    return v as V;
  }
}
