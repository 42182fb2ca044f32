/**
 * The parcours: the participant's pathway from referral to exit, the commands that move it along its
 * lifecycle, the events they record, and the ports through which it is stored.
 */
package fr.plie.core.parcours;
