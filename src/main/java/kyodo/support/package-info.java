/**
 * 市民活動の支援: 感謝状 (appreciation letters), 市民活動総合補償制度 (activity insurance), ちい寄附 (small
 * donations through partner shops) and 市民活動フェスタ. Public API: {@link kyodo.support.SupportApi} and its records.
 */
package kyodo.support;
