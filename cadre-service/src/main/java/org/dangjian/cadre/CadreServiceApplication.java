package org.dangjian.cadre;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Grassroots cadres: who holds which post in which organisation, the reserves behind them, and their analytics. */
@SpringBootApplication
public class CadreServiceApplication {
    public static void main(String[] args) {
        SpringApplication.run(CadreServiceApplication.class, args);
    }
}
