package org.dangjian.recruitment;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Member development (发展党员): each person's case, step by step, on a catalogue of steps kept as data. */
@SpringBootApplication
public class RecruitmentServiceApplication {
    public static void main(String[] args) {
        SpringApplication.run(RecruitmentServiceApplication.class, args);
    }
}
