/** What every part of plie shares: rejections with their French and English texts, the Immutables style. */
package fr.plie.core.common;
