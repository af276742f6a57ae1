package org.followon;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FollowOnApplication {

	public static void main(String[] args) {
		SpringApplication.run(FollowOnApplication.class, args);
	}

}
