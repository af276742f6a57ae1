package org.followon;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FollowOnApplication {

	public static void main(String[] args) {
		SpringApplication.run(FollowOnApplication.class, args);
	}

}
