/**
 * Finding the knowledge base's names in text and reading what each stands for there: the state
 * acting, part of an event's name, a culture, or a bare name.
 */
package dev.recon.internal.kb;
