/**
 * How a person enters a PLIE: a referral by a prescriber, the committee's decision (a refusal always comes
 * with an alternative, seed 002), the signed commitment contract, and the referent who follows the parcours.
 */
package fr.plie.core.admission;
