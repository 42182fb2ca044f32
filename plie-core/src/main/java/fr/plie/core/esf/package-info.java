/**
 * The ESF+ participant data: the questionnaire of Regulation (EU) 2021/1057, Annex I, as the French managing
 * authority asks it (at entry, at exit within four weeks, six months after exit), the answers a PLIE team enters,
 * and the ESF+ operations a PLIE declares ("one participant = one operation"). Deriving answers from the
 * profile and the parcours is the reporting module's job ({@code fr.plie.reporting.esf}).
 */
package fr.plie.core.esf;
