package fr.plie.spring.boot.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small application of a PLIE's software: its own invoices table, plie's parcours beside it. */
@SpringBootApplication
public class EnrolmentApplication {}
